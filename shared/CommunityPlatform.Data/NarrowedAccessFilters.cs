using System.Linq.Expressions;
using CommunityPlatform.Security;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data;

/// <summary>
/// Narrows a module's entities to the record keys of the request's <see cref="NarrowedAccess"/>, added to the query
/// filter the kernel's conventions already set (community, soft delete). Like the community, the keys are read from
/// the context's <see cref="ModuleDbContext.Scope"/> when a query runs, so the model stays one for all requests.
/// Call it after <c>base.OnModelCreating</c>, which sets the filters this one joins.
/// </summary>
public static class NarrowedAccessFilters
{
    public static NarrowedEntities NarrowedAccess(this ModelBuilder modelBuilder, ModuleDbContext context, string module) =>
        new(modelBuilder, context, module);
}

public sealed class NarrowedEntities(ModelBuilder modelBuilder, ModuleDbContext context, string module)
{
    /// <summary>Rows of <typeparamref name="TEntity"/> are seen only when <paramref name="key"/> is among the account's keys.</summary>
    public NarrowedEntities By<TEntity>(Expression<Func<TEntity, Guid>> key) where TEntity : class
    {
        var moduleContext = context;
        Expression<Func<Guid, bool>> allowed = k =>
            !moduleContext.Scope.Narrowing.IsNarrowed(module) || moduleContext.Scope.Narrowing.Keys(module).Contains(k);

        var entity = key.Parameters[0];
        var narrowed = new Replace(allowed.Parameters[0], key.Body).Visit(allowed.Body)!;
        var entityType = modelBuilder.Entity<TEntity>().Metadata;
        if (entityType.GetQueryFilter() is { } existing)
            narrowed = Expression.AndAlso(new Replace(existing.Parameters[0], entity).Visit(existing.Body)!, narrowed);
        entityType.SetQueryFilter(Expression.Lambda<Func<TEntity, bool>>(narrowed, entity));
        return this;
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}

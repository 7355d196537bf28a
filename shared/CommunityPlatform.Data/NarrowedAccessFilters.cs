using System.Linq.Expressions;
using System.Reflection;
using CommunityPlatform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace CommunityPlatform.Data;

/// <summary>
/// Narrows a module's entities to the record keys of the request's <see cref="NarrowedAccess"/>, added to the query
/// filter the kernel's conventions already set (community, soft delete). Like the community, the keys are read from
/// the context's <see cref="ModuleDbContext.Scope"/> when a query runs, so the model stays one for all requests.
/// Call it after <c>base.OnModelCreating</c>, which sets the filters this one joins.
/// </summary>
public static class NarrowedAccessFilters
{
    private static readonly MethodInfo NotNarrowedMethod = typeof(NarrowedAccessFilters).GetMethod(nameof(NotNarrowed))!;

    /// <param name="narrowing">The <see cref="NarrowedAccessRule.Name"/> whose keys the entities are narrowed by.</param>
    public static NarrowedEntities NarrowedAccess(this ModelBuilder modelBuilder, ModuleDbContext context, string narrowing)
    {
        // "@marker IS NULL" in SQL, kept out of the client-side evaluation EF Core gives every part of a filter that
        // does not read a column: EF Core writes (and caches) a query's SQL per null and non-null parameter, so for an
        // account the narrowing does not apply to (marker null) the condition folds to true and leaves the SQL exactly
        // as it is without narrowing — no key test, no extra column that would spoil an index-only count.
        if (modelBuilder.Model.FindDbFunction(NotNarrowedMethod) is null)
            modelBuilder.HasDbFunction(NotNarrowedMethod).HasTranslation(args =>
                new SqlUnaryExpression(ExpressionType.Equal, args[0], typeof(bool), args[0].TypeMapping));
        return new NarrowedEntities(modelBuilder, context, narrowing);
    }

    /// <summary>Translated to SQL only (<c>marker IS NULL</c>); <paramref name="marker"/> is null when the narrowing does not apply.</summary>
    public static bool NotNarrowed(bool? marker) => throw new InvalidOperationException("NotNarrowed is translated to SQL by the query filters.");
}

public sealed class NarrowedEntities(ModelBuilder modelBuilder, ModuleDbContext context, string narrowing)
{
    /// <summary>Rows of <typeparamref name="TEntity"/> are seen only when <paramref name="key"/> is among the account's keys.</summary>
    public NarrowedEntities By<TEntity>(Expression<Func<TEntity, Guid>> key) where TEntity : class
    {
        var moduleContext = context;
        Expression<Func<Guid, bool>> allowed = k =>
            NarrowedAccessFilters.NotNarrowed(moduleContext.Scope.Narrowing.Marker(narrowing))
            || moduleContext.Scope.Narrowing.Keys(narrowing)!.Contains(k);
        return Join(key, allowed);
    }

    /// <summary>Rows of <typeparamref name="TEntity"/> are seen only when <paramref name="key"/> is set and among the account's keys: a row without one is nobody's.</summary>
    public NarrowedEntities By<TEntity>(Expression<Func<TEntity, Guid?>> key) where TEntity : class
    {
        var moduleContext = context;
        Expression<Func<Guid?, bool>> allowed = k =>
            NarrowedAccessFilters.NotNarrowed(moduleContext.Scope.Narrowing.Marker(narrowing))
            || k != null && moduleContext.Scope.Narrowing.Keys(narrowing)!.Contains(k.Value);
        return Join(key, allowed);
    }

    private NarrowedEntities Join<TEntity, TKey>(Expression<Func<TEntity, TKey>> key, Expression<Func<TKey, bool>> allowed) where TEntity : class
    {
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

using System.Linq.Expressions;
using System.Reflection;
using CommunityPlatform.Domain;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data;

/// <summary>
/// The kernel's model conventions as a <see cref="ModelBuilder"/> extension, so contexts that cannot derive from
/// <see cref="ModuleDbContext"/> (Identity's) get them too.
/// </summary>
public static class PlatformConventions
{
    public const int StampLength = 32;

    private static readonly MethodInfo ApplyFilterMethod =
        typeof(PlatformConventions).GetMethod(nameof(ApplyFilter), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static ModelBuilder ApplyPlatformConventions(this ModelBuilder modelBuilder, string tablePrefix, IPlatformDbContext context)
    {
        // Every context can write its audit rows into the kernel's table in its own save and transaction (ChangeRecorder);
        // the kernel's context owns the table and its migrations.
        if (context is not Kernel.KernelDbContext)
            modelBuilder.Entity<Kernel.AuditEntry>(b =>
            {
                b.ToTable(Kernel.AuditEntry.Table, t => t.ExcludeFromMigrations());
                Kernel.AuditEntry.Configure(b);
            });

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.BaseType is null && e.ClrType != typeof(Kernel.AuditEntry)).ToList())
        {
            var table = entity.GetTableName();
            if (table is not null && !table.StartsWith(tablePrefix + "_", StringComparison.Ordinal))
                entity.SetTableName($"{tablePrefix}_{table}");

            var clr = entity.ClrType;
            var builder = modelBuilder.Entity(clr);
            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clr))
                builder.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).HasMaxLength(StampLength).IsConcurrencyToken();

            ApplyFilterMethod.MakeGenericMethod(clr).Invoke(null, [modelBuilder, context]);
        }

        // One place for the MySQL character set, so no provider context has to remember it.
        if (context is DbContext { Database: var database } && database.IsMySql()) modelBuilder.UseUtf8Mb4();
        return modelBuilder;
    }

    private static void ApplyFilter<TEntity>(ModelBuilder modelBuilder, IPlatformDbContext context) where TEntity : class
    {
        Expression<Func<TEntity, bool>>? filter = null;
        if (typeof(ISoftDelete).IsAssignableFrom(typeof(TEntity)))
            filter = e => !((ISoftDelete)e).IsDeleted;

        if (typeof(IMustHaveCommunity).IsAssignableFrom(typeof(TEntity)) && context is ModuleDbContext moduleContext)
        {
            Expression<Func<TEntity, bool>> byCommunity = e => ((IMustHaveCommunity)e).CommunityId == moduleContext.CurrentCommunityId;
            filter = filter is null ? byCommunity : And(filter, byCommunity);
        }

        if (filter is not null)
            modelBuilder.Entity<TEntity>().HasQueryFilter(filter);
    }

    private static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var parameter = left.Parameters[0];
        var rightBody = new Replace(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, rightBody), parameter);
    }

    private sealed class Replace(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

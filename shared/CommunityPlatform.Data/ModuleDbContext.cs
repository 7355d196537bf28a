using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data;

/// <summary>
/// The base of every module's context: one model for all communities, filtered by the community of the
/// request through <see cref="Scope"/> (a field of the context, so the compiled model is shared).
/// Table names get the module's prefix; stamping, soft delete and concurrency are done by <see cref="SaveRulesInterceptor"/>.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, RequestContext scope) : DbContext(options), IPlatformDbContext
{
    public RequestContext Scope { get; } = scope;

    /// <summary>The prefix of the module's tables, e.g. <c>Residents</c> gives <c>Residents_Buildings</c>.</summary>
    protected abstract string TablePrefix { get; }

    // Read by the query filters: EF Core parameterises a member of the context, so each query sees this instance's community.
    internal Guid CurrentCommunityId => Scope.CommunityId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyPlatformConventions(TablePrefix, this);
    }
}

/// <summary>A context the kernel's conventions and interceptor understand, whether or not it derives from <see cref="ModuleDbContext"/>.</summary>
public interface IPlatformDbContext
{
    RequestContext Scope { get; }
}

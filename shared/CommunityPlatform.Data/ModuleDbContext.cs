using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data;

/// <summary>
/// The base of every module's context: one model for all communities, filtered by the community of the
/// request through <see cref="Scope"/> (a member of the context, so the compiled model is shared). Contexts are pooled
/// (decision 0020): the constructor takes only the options, and each lease is handed its request's scope.
/// Table names get the module's prefix; stamping, soft delete and concurrency are done by <see cref="SaveRulesInterceptor"/>.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IPlatformDbContext
{
    /// <inheritdoc />
    public RequestContext Scope { get; set; } = new();

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
    /// <summary>
    /// The request or job this context works for. Set on every lease from the pool (<see cref="DataRegistration"/>),
    /// so it is also what tells one lease of a pooled context from the next: per-save state kept beside a context is
    /// kept with the scope it was made under, and a different scope means it belongs to an earlier lease.
    /// </summary>
    RequestContext Scope { get; set; }
}

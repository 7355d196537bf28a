using CommunityPlatform.Data;
using CommunityPlatform.Data.Kernel;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// State the interceptors keep beside a pooled context belongs to one lease: the next request that leases the same
/// instance (a new <see cref="IPlatformDbContext.Scope"/>) must not find a save's leftovers of the one before.
/// </summary>
public sealed class LeaseStateTests
{
    [Fact]
    public void A_value_kept_under_one_lease_is_absent_under_the_next()
    {
        using var context = new KernelSqliteDbContext(new DbContextOptionsBuilder<KernelSqliteDbContext>().UseSqlite("Data Source=:memory:").Options);
        var state = new LeaseState<List<string>>();
        var first = new RequestContext();
        context.Scope = first;
        state.Set(context, ["entries of a save that never committed"]);
        state.TryGet(context, out var kept).ShouldBeTrue();
        kept.ShouldHaveSingleItem();

        context.Scope = new RequestContext();

        state.TryGet(context, out _).ShouldBeFalse();
        state.Remove(context).ShouldBeFalse();
        context.Scope = first;
        state.TryGet(context, out _).ShouldBeFalse("Remove forgets the value whatever lease it was kept under");
    }
}

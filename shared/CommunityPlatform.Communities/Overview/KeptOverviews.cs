using System.Collections.Concurrent;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Api;
using Microsoft.Extensions.Configuration;

namespace CommunityPlatform.Communities.Overview;

/// <summary>
/// The overview of a view of many communities (<c>Platform:Oversight:KeepFrom</c>, 1,000 by default: the city), kept for
/// <see cref="CitySums.FreshFor"/> as a whole — so that every page, sort and the Excel export of the ranking read one
/// sum, where <see cref="CitySums"/> would keep each address apart and sum the city again for each column clicked.
/// Below the threshold the overview stays live. <see cref="OverviewDto.SummedAt"/> says when a kept one was summed.
/// </summary>
public sealed class KeptOverviews(TimeProvider clock, ICommunityDirectory directory, IConfiguration configuration) : ISingletonService
{
    private readonly ConcurrentDictionary<string, OverviewDto> kept = new(StringComparer.Ordinal);
    private readonly int keepFrom = configuration.GetValue("Platform:Oversight:KeepFrom", 1000);

    public async Task<OverviewDto> GetAsync(AccountAccess access, Func<Task<OverviewDto>> sum)
    {
        var size = access.Kind == AccountKind.City ? directory.All.Count : access.Communities.Count;
        if (size < keepFrom) return await sum();
        var key = OversightView.KeyOf(access);
        if (kept.TryGetValue(key, out var overview) && clock.GetUtcNow() - overview.SummedAt < CitySums.FreshFor) return overview;
        // Two first asks at once both sum; the later answer is kept. Rare, and cheaper than making one wait on a lock.
        overview = await sum();
        kept[key] = overview;
        return overview;
    }
}

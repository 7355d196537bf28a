using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Reports;

/// <summary>
/// Culture's lines on the big screen: activities newly put on the calendar, as a notice board shows them — kind, day
/// and state, and the title only of an activity open to the public (a private one's title may name a family or a
/// person); never who signed up or attended.
/// </summary>
public sealed class CultureScreenFeed(CultureTeamsDbContext db) : IScreenFeed, IScopedService
{
    public string Module => CultureTeamsModule.Name;

    public async Task<IReadOnlyList<ScreenItem>> LatestAsync(IReadOnlyCollection<CommunityInfo> communities, int count, CancellationToken ct)
    {
        var names = communities.ToDictionary(c => c.Id, c => c.Name);
        var fresh = await db.Activities.Of(communities.Select(c => c.Id).ToList()).OrderByDescending(a => a.CreatedAt).Take(count)
            .Select(a => new { a.CommunityId, a.Kind, a.State, a.Public, a.Title, a.StartsAt, a.CreatedAt }).ToListAsync(ct);
        return fresh.Select(a => new ScreenItem(a.CreatedAt, "new", names.GetValueOrDefault(a.CommunityId) ?? "",
                Lang.T("新活动：", "New activity: ") + (a.Public ? a.Title + " · " : "") + CultureLabels.Of(a.Kind) + " · "
                + ChinaTime.Format(a.StartsAt, Lang.T("M月d日", "d MMM")) + " · " + CultureLabels.Of(a.State)))
            .ToList();
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Reports;

/// <summary>
/// Employment help's lines on the big screen: people newly placed in work, as a count on a signboard would show them —
/// the kind of placement and the day it started, never the person, the employer or the job (a small employer, or a
/// job, may point to one household).
/// </summary>
public sealed class EmploymentScreenFeed(EmploymentHelpDbContext db) : IScreenFeed, IScopedService
{
    public string Module => EmploymentHelpModule.Name;

    public async Task<IReadOnlyList<ScreenItem>> LatestAsync(IReadOnlyCollection<CommunityInfo> communities, int count, CancellationToken ct)
    {
        var names = communities.ToDictionary(c => c.Id, c => c.Name);
        var placed = await db.Placements.Of(communities.Select(c => c.Id).ToList()).OrderByDescending(p => p.CreatedAt).Take(count)
            .Select(p => new { p.CommunityId, p.Kind, p.StartedOn, p.CreatedAt }).ToListAsync(ct);
        return placed.Select(p => new ScreenItem(p.CreatedAt, "new", names.GetValueOrDefault(p.CommunityId) ?? "",
                Lang.T("新就业安置：1人 · ", "Placed in work: 1 person · ") + EmploymentLabels.Of(p.Kind) + " · "
                + p.StartedOn.ToString(Lang.T("M月d日", "d MMM"), System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }
}

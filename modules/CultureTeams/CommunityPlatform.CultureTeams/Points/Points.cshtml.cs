using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.CultureTeams.Points;

/// <summary>Each point's file on one page: place, leader, equipment value, duty roster, last quarterly meeting.</summary>
[RequiresCommunity]
[RequiresPermission(CulturePermissions.View)]
public sealed class PointsModel(PointService points) : PageModel
{
    public IReadOnlyList<PointDto> Points { get; private set; } = [];
    public List<PointFileDto> Files { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Points = await points.ListAsync(ct);
        foreach (var p in Points) Files.Add(await points.GetAsync(p.Id, ct));
    }
}

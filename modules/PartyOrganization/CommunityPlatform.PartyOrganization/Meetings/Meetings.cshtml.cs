using CommunityPlatform.Application;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Meetings;

/// <summary>三会一课, theme Party days and study days, newest first, by unit (with the units below it) and kind.</summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed class MeetingsModel(MeetingService meetings, OrganizationService organizations, RequestContext account) : PageModel
{
    // From the query string only: a page's route has a value named "page" too, which would otherwise be read as the page number.
    [BindProperty(SupportsGet = true), FromQuery] public MeetingQuery Query { get; set; } = new();
    public Paged<MeetingDto> Results { get; private set; } = new([], 0);
    public IReadOnlyList<(OrganizationUnitDto Unit, int Depth)> Units { get; private set; } = [];
    public bool CanManage => account.Has(PartyPermissions.ManageActivities);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = UnitTree.Ordered(await organizations.ListAsync(ct));
        if (!ModelState.IsValid) Query = new MeetingQuery { UnitId = Query.UnitId, Kind = Query.Kind };
        Results = await meetings.ListAsync(Query, ct);
    }

    public string PageLink(int page) => $"?page={page}&unitId={Query.UnitId}&kind={Query.Kind}";
}

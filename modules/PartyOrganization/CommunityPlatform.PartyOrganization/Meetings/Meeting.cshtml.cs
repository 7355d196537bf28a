using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Meetings;

/// <summary>One meeting: what it was, its minutes, and who attended or why not.</summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed class MeetingModel(MeetingService meetings, RequestContext account) : PageModel
{
    public MeetingDto Meeting { get; private set; } = null!;
    public bool CanManage => account.Has(PartyPermissions.ManageActivities);

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Meeting = await meetings.GetAsync(id, ct);
}

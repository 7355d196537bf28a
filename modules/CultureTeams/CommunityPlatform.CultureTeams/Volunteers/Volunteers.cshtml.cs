using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Settings;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.CultureTeams.Volunteers;

/// <summary>The volunteers with their hours and stars, and the records waiting for the culture worker's word.</summary>
[RequiresCommunity]
[RequiresPermission(CulturePermissions.View)]
public sealed class VolunteersModel(VolunteerService volunteers, ServiceRecordService records, SettingsService settings) : PageModel
{
    public Paged<VolunteerDto> Volunteers { get; private set; } = new([], 0);
    public Paged<ServiceRecordDto> Waiting { get; private set; } = new([], 0);
    public CultureSettingsDto Settings { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Settings = await settings.GetAsync(ct);
        Volunteers = await volunteers.ListAsync(new VolunteerQuery { PageSize = PageQuery.MaxPageSize }, ct);
        Waiting = await records.ListAsync(new ServiceRecordQuery { State = ServiceState.Submitted, PageSize = 50 }, ct);
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.GridManagement.Application;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Pages.Grid;

/// <summary>The events of the community (a grid worker: of their grids), newest first, filtered by state or overdue.</summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class EventsModel(EventService events) : PageModel
{
    [BindProperty(SupportsGet = true)] public EventState? State { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? GridId { get; set; }
    public Paged<GridEventDto> Events { get; private set; } = new([], 0);

    public async Task OnGetAsync(CancellationToken ct) =>
        Events = await events.ListAsync(new GridEventQuery { State = State, Overdue = Overdue, GridId = GridId, PageSize = 50 }, ct);
}

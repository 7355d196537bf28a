using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>The events of the community (a grid worker: of their grids), newest first, filtered by state or overdue.</summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class EventsModel(EventService events, GridService grids, RequestContext account) : PageModel
{
    public IReadOnlyList<GridDto> Grids { get; private set; } = [];
    public bool CanWork => account.Has(GridPermissions.Work);
    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)] public EventState? State { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? GridId { get; set; }

    /// <summary>One household's events (from its page); an event reported here is linked to it.</summary>
    [BindProperty(SupportsGet = true)] public Guid? HouseholdId { get; set; }
    // From the query string only: a page's route has a value named "page" too.
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public const int PageSize = 30;
    public Pager Pager => new(PageNumber, PageSize, Events.Total);

    /// <summary>A hotline caller's phone, shown whole only to those who handle events (see <see cref="ReporterShown"/>).</summary>
    public bool SeesPhones => account.Has(GridPermissions.Work) || account.Has(GridPermissions.Dispatch);
    public Paged<GridEventDto> Events { get; private set; } = new([], 0);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(
        Guid gridId, string? source, EventKind kind, string? title, string? reporter, string? parties, CancellationToken ct)
    {
        try
        {
            if (string.IsNullOrWhiteSpace(title) || title.Trim().Length < 2)
                throw new InvalidInputException(PlatformErrors.InvalidRequest, "title", Lang.T("请填写事由。", "Say what the matter is."));
            var created = await events.ReportAsync(new GridEventRequest
            {
                GridId = gridId, Source = Enum.TryParse<EventSource>(source, true, out var s) ? s : EventSource.Hotline, Kind = kind, Title = title.Trim(),
                Reporter = reporter, Parties = parties, HouseholdId = HouseholdId,
            }, ct);
            return Redirect($"/grid/events/{created.Id}");
        }
        catch (PlatformException e)
        {
            Message = FormSubmission.Describe(e);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Events = await events.ListAsync(new GridEventQuery { State = State, Overdue = Overdue, GridId = GridId, HouseholdId = HouseholdId, Page = Math.Max(1, PageNumber), PageSize = PageSize }, ct);
        Grids = await grids.ListAsync(new GridQuery(), ct);
    }
}

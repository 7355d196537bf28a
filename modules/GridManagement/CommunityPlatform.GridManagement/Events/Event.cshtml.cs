using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.Residents;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>One event with its steps and a form for each action the state and the account allow.</summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class EventModel(EventService events, StaffService staff, IResidentDirectory registry, RequestContext account) : PageModel
{
    public GridEventDto Event { get; private set; } = null!;
    public IReadOnlyList<GridStaffDto> Staff { get; private set; } = [];
    public IReadOnlyList<EventAction> Actions { get; private set; } = [];
    public string? Message { get; private set; }
    public string? HouseholdName { get; private set; }
    public string? ResidentName { get; private set; }

    /// <summary>Those who handle events call the reporter back; anyone else reads the phone masked.</summary>
    public bool SeesPhones => account.Has(GridPermissions.Work) || account.Has(GridPermissions.Dispatch);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await LoadAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromForm] EventStepRequest step, CancellationToken ct)
    {
        try
        {
            await events.ActAsync(id, step, ct);
            return RedirectToPage(new { id });
        }
        catch (PlatformException e) when (e is not NotFoundException)
        {
            Message = FormSubmission.Describe(e);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Event = await events.GetAsync(id, ct);
        Staff = await staff.ListAsync(Event.GridId, ct);
        if (Event.HouseholdId is { } household) HouseholdName = (await registry.GetHouseholdsAsync([household], ct)).FirstOrDefault()?.Address;
        if (Event.ResidentId is { } resident) ResidentName = (await registry.GetManyAsync([resident], ct)).FirstOrDefault()?.Name;
        var (work, dispatch) = (account.Has(GridPermissions.Work), account.Has(GridPermissions.Dispatch));
        var possible = Event.State switch
        {
            EventState.Reported => new[] { EventAction.Accept },
            EventState.Accepted => [EventAction.Assign, EventAction.Escalate],
            EventState.Assigned => [EventAction.Start, EventAction.Assign, EventAction.SendBack, EventAction.Escalate],
            EventState.InProgress => [EventAction.Resolve, EventAction.SendBack, EventAction.Escalate],
            EventState.Resolved => [EventAction.Close, EventAction.SendBack],
            EventState.Escalated => [EventAction.Resolve],
            _ => [],
        };
        Actions = possible.Concat(Event.State == EventState.Closed ? [] : [EventAction.Supervise])
            .Where(a => a switch
            {
                EventAction.Start or EventAction.Resolve => work,
                EventAction.SendBack => Event.State == EventState.Resolved ? dispatch : work || dispatch,
                _ => dispatch,
            })
            .ToList();
    }
}

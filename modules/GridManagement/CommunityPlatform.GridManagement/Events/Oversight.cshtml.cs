using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Errors;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>
/// The street's (or city's) inbox of escalated events, across its communities, with the answers as forms; an answer is
/// taken in the community the event comes from, as the API's <c>X-Community</c> would.
/// </summary>
[AcrossCommunities]
[StreetAction]
[RequiresPermission(GridPermissions.AnswerEscalations)]
public sealed class OversightModel(OversightService oversight, CommunitySweep sweep) : PageModel
{
    public Paged<InboxEventDto> Inbox { get; private set; } = new([], 0);
    public string? Message { get; private set; }

    // From the query string only: a page's route has a value named "page" too.
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public const int PageSize = 20;
    public Pager Pager => new(PageNumber, PageSize, Inbox.Total);

    public async Task OnGetAsync(CancellationToken ct) => Inbox = await oversight.InboxAsync(new PageQuery { Page = Math.Max(1, PageNumber), PageSize = PageSize }, ct);

    public async Task<IActionResult> OnPostAsync(string community, Guid id, [FromForm] OversightStepRequest step, CancellationToken ct)
    {
        // The form's deadline is the community's wall-clock time.
        if (step.Deadline is { Kind: DateTimeKind.Unspecified } local)
            step = new OversightStepRequest
            {
                Action = step.Action, Note = step.Note, Outcome = step.Outcome, Level = step.Level, ConcurrencyStamp = step.ConcurrencyStamp,
                Deadline = TimeZoneInfo.ConvertTimeToUtc(local, CommunityCalendar.Zone),
            };
        try
        {
            await sweep.InCommunityAsync<OversightService, GridEventDto>(community, GridManagementModule.Name, (s, c) => s.AnswerAsync(id, step, c), ct);
            return RedirectToPage();
        }
        catch (PlatformException e)
        {
            Message = FormSubmission.Describe(e);
            await OnGetAsync(ct);
            return Page();
        }
    }
}

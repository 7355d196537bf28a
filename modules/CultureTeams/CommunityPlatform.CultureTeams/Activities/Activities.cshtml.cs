using CommunityPlatform.Application;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.CultureTeams.Activities;

/// <summary>The activities page: the latest activities, and the form to plan one — through the API's service.</summary>
[RequiresCommunity]
[RequiresPermission(CulturePermissions.View)]
public sealed class ActivitiesModel(ActivityService activities, RequestContext context) : PageModel
{
    public Paged<ActivityDto> Activities { get; private set; } = new([], 0);

    [BindProperty] public ActivityRequest Activity { get; set; } = new();

    public bool CanManage => context.Has(CulturePermissions.Manage);
    public string? Community => context.CommunityCode;

    public async Task OnGetAsync(CancellationToken ct) => Activities = await activities.ListAsync(new ActivityQuery { PageSize = 50 }, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        // The form's times are China time as typed.
        var typed = new ActivityRequest
        {
            Title = Activity.Title, Kind = Activity.Kind, Place = Activity.Place,
            StartsAt = Activity.StartsAt is { } s ? ChinaTime.Utc(DateOnly.FromDateTime(s), TimeOnly.FromDateTime(s)) : null,
            EndsAt = Activity.EndsAt is { } e ? ChinaTime.Utc(DateOnly.FromDateTime(e), TimeOnly.FromDateTime(e)) : null,
        };
        if (await this.SaveAsync("activity", () => activities.CreateAsync(typed, ct))) return RedirectToPage();
        await OnGetAsync(ct);
        return Page();
    }
}

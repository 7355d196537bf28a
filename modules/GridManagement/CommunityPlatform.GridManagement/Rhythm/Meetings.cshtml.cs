using CommunityPlatform.Application;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Rhythm;

/// <summary>
/// 一月一会: the monthly joint meetings with their minutes and decisions. Those who dispatch events record a meeting
/// here; a decision given a grid becomes that grid's event at once, through the same service as the API.
/// </summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class MeetingsModel(MeetingService meetings, GridService grids, RequestContext account, TimeProvider clock) : PageModel
{
    public IReadOnlyList<JointMeetingDto> Meetings { get; private set; } = [];
    public IReadOnlyDictionary<Guid, GridDto> Grids { get; private set; } = new Dictionary<Guid, GridDto>();
    public bool CanRecord => account.Has(GridPermissions.Dispatch);
    [BindProperty] public MeetingForm Form { get; set; } = new();
    // From the query string only: a page's route has a value named "page" too.
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public const int PageSize = 10;
    public Pager Pager { get; private set; } = new(1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form = new MeetingForm { HeldOn = clock.Today() };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanRecord) return Forbid();
        var request = Form.ToRequest();
        if (TryValidateModel(request, nameof(Form)) && await this.SaveAsync(nameof(Form), () => meetings.RecordAsync(request, ct)))
            return Redirect("/grid/meetings");
        await LoadAsync(ct);
        return Page();
    }

    public string GridName(Guid? id) => id is { } g && Grids.GetValueOrDefault(g) is { } grid ? grid.Name : "";

    private async Task LoadAsync(CancellationToken ct)
    {
        var page = await meetings.PageAsync(new PageQuery { Page = Math.Max(1, PageNumber), PageSize = PageSize }, ct);
        Meetings = page.Items;
        Pager = new(Math.Max(1, PageNumber), PageSize, page.Total);
        Grids = (await grids.ListAsync(new GridQuery(), ct)).ToDictionary(g => g.Id);
    }
}

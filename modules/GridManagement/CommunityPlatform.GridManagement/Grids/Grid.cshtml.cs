using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Patrols;
using CommunityPlatform.GridManagement.Visits;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>A grid's page, made for the phone: its file, today's patrol and a patrol form whose finding can become an event.</summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class GridModel(GridLedgers ledgers, StaffService staff, PatrolService patrols, VisitService visits, RequestContext account) : PageModel
{
    public GridLedger Ledger { get; private set; } = null!;
    public IReadOnlyList<GridStaffDto> Staff { get; private set; } = [];
    public CoverageLine? Coverage { get; private set; }
    public IReadOnlyList<PatrolDto> Today { get; private set; } = [];
    public bool CanWork => account.Has(GridPermissions.Work);
    public bool CanManage => account.Has(GridPermissions.ManageGrids);
    public string? Message { get; private set; }

    [BindProperty] public List<Guid> BuildingIds { get; set; } = [];
    [BindProperty] public string? Finding { get; set; }
    [BindProperty] public EventKind Kind { get; set; } = EventKind.Other;
    [BindProperty] public bool RaiseEvent { get; set; }
    [BindProperty] public string? Parties { get; set; }
    [BindProperty] public Guid? HouseholdId { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public string? FollowUp { get; set; }
    [BindProperty] public string? StaffName { get; set; }
    [BindProperty] public StaffRole StaffRole { get; set; } = StaffRole.GridWorker;
    [BindProperty] public string? StaffPhone { get; set; }
    [BindProperty] public bool StaffShown { get; set; }

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

    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct)
    {
        var (content, name) = await ledgers.ExportAsync(id, ct);
        return File(content, GridsController.Xlsx, name);
    }

    public async Task<IActionResult> OnPostPatrolAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var findings = string.IsNullOrWhiteSpace(Finding) ? [] : new[] { new FindingRequest { Text = Finding.Trim(), RaiseEvent = RaiseEvent, Kind = Kind, Parties = Parties } };
            var saved = await patrols.RecordAsync(new PatrolRequest { GridId = id, BuildingIds = BuildingIds, Findings = findings }, ct);
            TempData["grid-message"] = saved.Findings.Any(f => f.EventId is not null)
                ? Lang.T("巡查已保存，发现的问题已上报为事件。", "Patrol saved; the finding was raised as an event.")
                : Lang.T("巡查已保存。", "Patrol saved.");
            return RedirectToPage(new { id });
        }
        catch (PlatformException e) when (e is not NotFoundException)
        {
            Message = FormSubmission.Describe(e);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostVisitAsync(Guid id, CancellationToken ct)
    {
        try
        {
            if (string.IsNullOrWhiteSpace(Notes)) throw new InvalidInputException(PlatformErrors.InvalidRequest, "notes", Lang.T("请填写走访情况。", "Say what was heard."));
            var saved = await visits.RecordAsync(new VisitRequest
            {
                GridId = id, HouseholdId = HouseholdId, Notes = Notes.Trim(), FollowUp = FollowUp, RaiseEvent = RaiseEvent && !string.IsNullOrWhiteSpace(FollowUp),
            }, ct);
            TempData["grid-message"] = saved.EventId is not null
                ? Lang.T("走访已记录，跟进事项已上报为事件。", "Visit saved; the follow-up was raised as an event.")
                : Lang.T("走访已记录。", "Visit saved.");
            return RedirectToPage(new { id });
        }
        catch (PlatformException e) when (e is not NotFoundException)
        {
            Message = FormSubmission.Describe(e);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostStaffAsync(Guid id, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        try
        {
            if (string.IsNullOrWhiteSpace(StaffName)) throw new InvalidInputException(PlatformErrors.InvalidRequest, "name", Lang.T("请填写姓名。", "Give the name."));
            var phone = string.IsNullOrWhiteSpace(StaffPhone) ? null : StaffPhone.Trim();
            if (phone is not null && !System.Text.RegularExpressions.Regex.IsMatch(phone, @"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8})$"))
                throw new InvalidInputException(PlatformErrors.InvalidRequest, "phone", Lang.T("电话号码格式不正确。", "Not a mobile or landline number."));
            await staff.AddAsync(id, new GridStaffRequest { Name = StaffName.Trim(), Role = StaffRole, Phone = phone, ShowOnSignboard = StaffShown }, ct);
            TempData["grid-message"] = Lang.T("已添加。", "Added.");
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
        Ledger = await ledgers.GetAsync(id, ct);
        Staff = await staff.ListAsync(id, ct);
        var coverage = await patrols.CoverageAsync(null, ct);
        Coverage = coverage.Grids.FirstOrDefault(g => g.GridId == id);
        var today = coverage.Day;
        Today = (await patrols.ListAsync(new PatrolQuery { GridId = id, From = today, To = today, PageSize = 20 }, ct)).Items;
        Message ??= TempData["grid-message"] as string;
    }
}

using System.Text.RegularExpressions;
using CommunityPlatform.Application;
using CommunityPlatform.PartyOrganization.Reports;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Registers;

/// <summary>
/// A Party register or the reports, whole, for printing (the console's print stylesheet leaves the menus out) or as an
/// Excel workbook (<c>?handler=export</c>): 党员花名册, 承诺践诺, 三会一课, 党费, 在职党员报到 and 党建统计, with the
/// filters of the page they were asked from.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed partial class RegisterModel(PartyRegisters registers, PartyReports reports, TimeProvider clock) : PageModel
{
    public static readonly string[] Names = ["members", "pledges", "meetings", "dues", "report-in", "reports"];

    [BindProperty(SupportsGet = true), FromQuery] public RegisterQuery Query { get; set; } = new();
    public PartyRegisters.Register Shown { get; private set; } = null!;
    public string Back { get; private set; } = "/party/members";

    public async Task<IActionResult> OnGetAsync(string register, CancellationToken ct)
    {
        if (await ReadAsync(register, ct) is not { } read) return NotFound();
        Shown = read;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string register, CancellationToken ct)
    {
        if (await ReadAsync(register, ct) is not { } read) return NotFound();
        var (content, name) = await registers.ExportAsync(read, ct);
        return File(content, PartyRegisters.Xlsx, name);
    }

    /// <summary>The link to this register's print page (<paramref name="handler"/> "export" for the workbook), keeping the page's filters.</summary>
    public static string Link(string register, string? handler, string? queryString) =>
        $"/party/registers/{register}?{(handler is null ? "" : $"handler={handler}&")}{queryString?.TrimStart('?')}".TrimEnd('?', '&');

    private async Task<PartyRegisters.Register?> ReadAsync(string register, CancellationToken ct)
    {
        // Filters a page would refuse are left out rather than refused: the register is then the whole one.
        if (!ModelState.IsValid) Query = new RegisterQuery();
        Back = register switch
        {
            "report-in" or "reports" => "/party/reports",
            _ => $"/party/{register}",
        };
        var today = clock.Today();
        return register switch
        {
            "members" => await registers.MembersAsync(Query.Members(), ct),
            "pledges" => await registers.PledgesAsync(Query.Pledges(), ct),
            "meetings" => await registers.MeetingsAsync(Query.Meetings(), ct),
            "dues" => await registers.DuesAsync(Query.Month is { } m && MonthPattern().IsMatch(m) && int.Parse(m[..4]) is >= 2000 and <= 2100 ? m : null, ct),
            "report-in" => await registers.ReportInAsync(ct),
            "reports" => await ReportsAsync(today, ct),
            _ => null,
        };
    }

    private Task<PartyRegisters.Register> ReportsAsync(DateOnly today, CancellationToken ct)
    {
        var (from, to) = Query.From > Query.To ? reports.Period(null, null) : reports.Period(Query.From, Query.To);
        var year = Query.Year is >= 2000 and <= 2100 ? Query.Year.Value : today.Year;
        var quarter = Query.Quarter is >= 1 and <= 4 ? Query.Quarter.Value : (today.Month + 2) / 3;
        var month = Query.Month is { } m && MonthPattern().IsMatch(m) && int.Parse(m[..4]) is >= 2000 and <= 2100 ? m : null;
        return registers.ReportsAsync(Query.Scope ?? ReportScope.Community, from, to, year, quarter, month, ct);
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}

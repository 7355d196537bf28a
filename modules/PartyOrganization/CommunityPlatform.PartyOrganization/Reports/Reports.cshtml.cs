using System.Text.RegularExpressions;
using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Reports;

/// <summary>
/// The module's five reports for the community, its street or the city (street and city only for accounts that may
/// see them): members by category and unit, pledges kept, 三会一课 per branch in a quarter, report-in, and dues.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed partial class ReportsModel(PartyReports reports, RequestContext account, TimeProvider clock) : PageModel
{
    public ReportScope Scope { get; private set; }
    public int Year { get; private set; }
    public int Quarter { get; private set; }
    public string? Month { get; private set; }

    /// <summary>The pledge report's period (default the last 12 months).</summary>
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public MemberReport? Members { get; private set; }
    public PledgeReport? Pledges { get; private set; }
    public MeetingReport? Meetings { get; private set; }
    public ReportInReport? ReportIn { get; private set; }
    public DuesReport? Dues { get; private set; }
    public string? Refusal { get; private set; }

    /// <summary>The scopes the account may ask for: a street account its street, a city account the city too.</summary>
    public IReadOnlyList<ReportScope> Scopes => account.Access?.Kind switch
    {
        AccountKind.City => [ReportScope.Community, ReportScope.Street, ReportScope.City],
        AccountKind.Street => [ReportScope.Community, ReportScope.Street],
        _ => [ReportScope.Community],
    };

    public async Task OnGetAsync(ReportScope? scope, int? year, int? quarter, string? month, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today();
        Scope = scope ?? ReportScope.Community;
        Year = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        Quarter = quarter is >= 1 and <= 4 ? quarter.Value : (today.Month + 2) / 3;
        Month = month is { } m && MonthPattern().IsMatch(m) && int.Parse(m[..4]) is >= 2000 and <= 2100 ? m : null;
        // A reversed period typed into the address is read as the default one.
        (From, To) = from > to ? reports.Period(null, null) : reports.Period(from, to);
        try
        {
            Members = await reports.MembersAsync(Scope, ct);
            Pledges = await reports.PledgesAsync(Scope, From, To, ct);
            Meetings = await reports.MeetingsAsync(Scope, Year, Quarter, ct);
            ReportIn = await reports.ReportInAsync(Scope, ct);
            Dues = await reports.DuesAsync(Scope, Month, ct);
        }
        catch (ForbiddenException e)
        {
            // A scope typed into the address that the account may not see: say so, and show nothing of it.
            Refusal = e.Error.Localized();
        }
    }

    public static string Of(ReportScope scope) => scope switch
    {
        ReportScope.Community => Lang.T("本社区", "This community"),
        ReportScope.Street => Lang.T("本街道", "This street"),
        _ => Lang.T("全市", "The city"),
    };

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}

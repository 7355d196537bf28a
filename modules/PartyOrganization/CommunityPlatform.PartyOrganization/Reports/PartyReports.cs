using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.PartyOrganization.Reports;

/// <summary>
/// The module's reports for a community, its street or the city: each community's <see cref="PartyFigures"/> are
/// gathered by the kernel's <see cref="CommunitySweep"/>, summed, and only then turned into rates. Unit lines carry
/// their community's name when several communities are summed.
/// </summary>
public sealed class PartyReports(CommunitySweep sweep, TimeProvider clock) : IScopedService
{
    private const string Module = PartyOrganizationModule.Name;

    public async Task<MemberReport> MembersAsync(ReportScope scope, CancellationToken ct)
    {
        var pieces = await sweep.RunAsync<PartyFigures, (string Community, IReadOnlyList<PartyFigures.Line> Categories, IReadOnlyList<PartyFigures.Line> Units)>(
            scope, Module, async (f, c) => (f.CommunityName, await f.MembersByCategoryAsync(c), await f.MembersByUnitAsync(c)), ct);
        var byCategory = Enum.GetValues<MemberCategory>()
            .Select(k => new CountLine(k.ToString(), PartyLabels.Of(k), pieces.Sum(p => p.Categories.Where(l => l.Key == k.ToString()).Sum(l => l.Count)))).ToList();
        var byUnit = pieces.SelectMany(p => p.Units.Select(u => new CountLine(u.Key, Named(pieces.Count, p.Community, u.Label), u.Count)))
            .OrderBy(l => l.Label, NaturalOrder.Instance).ToList();
        return new MemberReport(Name(scope), pieces.Count, byCategory.Sum(l => l.Count), byCategory, byUnit);
    }

    /// <summary>A report's period: <c>to</c> defaults to today, <c>from</c> to twelve months before it (China time); 400 when reversed.</summary>
    public (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to) =>
        ReportPeriod.Of(from, to, CommunityCalendar.Today(clock), maxYears: null, error: PartyErrors.PeriodReversed);

    /// <param name="from">Null: the whole record up to <paramref name="to"/> (the pledge ledger and the dashboard card).</param>
    public async Task<PledgeReport> PledgesAsync(ReportScope scope, DateOnly? from, DateOnly to, CancellationToken ct)
    {
        var pieces = await sweep.RunAsync<PartyFigures, (string Community, (IReadOnlyList<PartyFigures.Line> ByOwner, IReadOnlyList<PartyFigures.Line> ByCategory, IReadOnlyList<PartyFigures.Line> ByUnit) Figures)>(
            scope, Module, async (f, c) => (f.CommunityName, await f.PledgesAsync(from, to, c)), ct);
        Rate Sum(Func<PartyFigures.Line, bool> which, Func<(IReadOnlyList<PartyFigures.Line> ByOwner, IReadOnlyList<PartyFigures.Line> ByCategory, IReadOnlyList<PartyFigures.Line> ByUnit), IReadOnlyList<PartyFigures.Line>> lines) =>
            Rate.From(pieces.Sum(p => lines(p.Figures).Where(which).Sum(l => l.Count)), pieces.Sum(p => lines(p.Figures).Where(which).Sum(l => l.Of)));
        var organizations = Sum(l => l.Key == "organization", f => f.ByOwner);
        var members = Sum(l => l.Key == "member", f => f.ByOwner);
        var overall = Rate.From(organizations.Count + members.Count, organizations.Of + members.Of);
        var byCategory = Enum.GetValues<MemberCategory>()
            .Select(k => new RateLine(k.ToString(), PartyLabels.Of(k), Sum(l => l.Key == k.ToString(), f => f.ByCategory))).Where(l => l.Rate.Of > 0).ToList();
        var byUnit = pieces.SelectMany(p => p.Figures.ByUnit.Select(u => new RateLine(u.Key, Named(pieces.Count, p.Community, u.Label), Rate.From(u.Count, u.Of))))
            .OrderBy(l => l.Label, NaturalOrder.Instance).ToList();
        return new PledgeReport(Name(scope), pieces.Count, overall, organizations, members, byCategory, byUnit, from, to);
    }

    /// <param name="year">Defaults to this year.</param>
    /// <param name="quarter">Defaults to this quarter.</param>
    public async Task<MeetingReport> MeetingsAsync(ReportScope scope, int? year, int? quarter, CancellationToken ct)
    {
        var today = CommunityPlatform.Application.CommunityCalendar.Today(clock);
        var y = year ?? today.Year;
        var q = quarter ?? (today.Month + 2) / 3;
        var pieces = await sweep.RunAsync<PartyFigures, (string Community, IReadOnlyList<BranchMeetings> Branches)>(
            scope, Module, async (f, c) => (f.CommunityName, await f.MeetingsAsync(y, q, c)), ct);
        var branches = pieces.SelectMany(p => p.Branches.Select(b => b with { Unit = Named(pieces.Count, p.Community, b.Unit) })).ToList();
        return new MeetingReport(Name(scope), pieces.Count, y, q, Rate.From(branches.Count(b => b.Complete), branches.Count), branches);
    }

    public async Task<ReportInReport> ReportInAsync(ReportScope scope, CancellationToken ct)
    {
        var pieces = await sweep.RunAsync<PartyFigures, PartyFigures.Line>(scope, Module, (f, c) => f.ReportInAsync(c), ct);
        return new ReportInReport(Name(scope), pieces.Count, Rate.From(pieces.Sum(p => p.Count), pieces.Sum(p => p.Of)));
    }

    /// <param name="month"><c>yyyy-MM</c>; defaults to this month.</param>
    public async Task<DuesReport> DuesAsync(ReportScope scope, string? month, CancellationToken ct)
    {
        var pieces = await sweep.RunAsync<PartyFigures, (int Month, int Paid, int Owing, long PaidFen, long DueFen)>(scope, Module, (f, c) => f.DuesAsync(month, c), ct);
        var today = CommunityPlatform.Application.CommunityCalendar.Today(clock);
        var label = month ?? $"{today.Year:0000}-{today.Month:00}";
        return new DuesReport(Name(scope), pieces.Count, label, Rate.From(pieces.Sum(p => p.Paid), pieces.Sum(p => p.Owing)), pieces.Sum(p => p.DueFen), pieces.Sum(p => p.PaidFen));
    }

    private static string Named(int communities, string community, string unit) => communities > 1 ? $"{community} · {unit}" : unit;

    private static string Name(ReportScope scope) => scope.ToString().ToLowerInvariant();
}

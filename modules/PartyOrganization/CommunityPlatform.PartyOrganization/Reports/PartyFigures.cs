using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Dues;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Reports;

/// <summary>
/// One community's counts for the reports — counts only, never rates, so that a street's or the city's figures are
/// sums of these and the rate is taken once from the sums.
/// </summary>
public sealed class PartyFigures(PartyDbContext db, PartyNames names, DuesService dues, RequestContext scope) : IScopedService
{
    public sealed record Line(string Key, string Label, int Count, int Of = 0);

    public async Task<IReadOnlyList<Line>> MembersByCategoryAsync(CancellationToken ct) =>
        (await db.Members.AsNoTracking().Where(m => m.State != MemberState.Left).GroupBy(m => m.Category)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        .Select(g => new Line(g.Key.ToString(), PartyLabels.Of(g.Key), g.Count)).ToList();

    public async Task<IReadOnlyList<Line>> MembersByUnitAsync(CancellationToken ct)
    {
        var counts = await db.Members.AsNoTracking().Where(m => m.State != MemberState.Left).GroupBy(m => m.UnitId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var units = await names.UnitsAsync(ct);
        return counts.Select(c => new Line(c.Key.ToString(), units.GetValueOrDefault(c.Key)?.Name ?? "", c.Count)).ToList();
    }

    /// <summary>
    /// Pledges made in the period as (fulfilled, all): by owner (<c>organization</c>/<c>member</c>), by member category
    /// and by unit. No <paramref name="from"/>: the whole record up to <paramref name="to"/>.
    /// </summary>
    public async Task<(IReadOnlyList<Line> ByOwner, IReadOnlyList<Line> ByCategory, IReadOnlyList<Line> ByUnit)> PledgesAsync(DateOnly? from, DateOnly to, CancellationToken ct)
    {
        var made = db.Pledges.AsNoTracking().Where(p => p.MadeOn <= to);
        if (from is { } start) made = made.Where(p => p.MadeOn >= start);
        var rows = await made
            .GroupBy(p => new { Member = p.MemberId != null, p.MemberCategory, p.UnitId, p.State })
            .Select(g => new { g.Key.Member, g.Key.MemberCategory, g.Key.UnitId, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        var units = await names.UnitsAsync(ct);
        var byOwner = rows.GroupBy(r => r.Member ? "member" : "organization")
            .Select(g => new Line(g.Key, g.Key, g.Where(r => r.State == PledgeState.Fulfilled).Sum(r => r.Count), g.Sum(r => r.Count))).ToList();
        var byCategory = rows.Where(r => r.MemberCategory is not null).GroupBy(r => r.MemberCategory!.Value)
            .Select(g => new Line(g.Key.ToString(), PartyLabels.Of(g.Key), g.Where(r => r.State == PledgeState.Fulfilled).Sum(r => r.Count), g.Sum(r => r.Count))).ToList();
        var byUnit = rows.GroupBy(r => r.UnitId)
            .Select(g => new Line(g.Key.ToString(), units.GetValueOrDefault(g.Key)?.Name ?? "", g.Where(r => r.State == PledgeState.Fulfilled).Sum(r => r.Count), g.Sum(r => r.Count))).ToList();
        return (byOwner, byCategory, byUnit);
    }

    /// <summary>
    /// 三会一课 of each branch in a quarter, against the rule's rhythm: a branch members' meeting and a Party lecture
    /// each quarter, a branch committee and group meetings each month (three a quarter).
    /// Branches are 党支部 only: a general branch or committee is not one of the branches counted.
    /// </summary>
    public async Task<IReadOnlyList<BranchMeetings>> MeetingsAsync(int year, int quarter, CancellationToken ct)
    {
        var from = new DateOnly(year, quarter * 3 - 2, 1);
        var to = from.AddMonths(3).AddDays(-1);
        var held = await db.Meetings.AsNoTracking().Where(m => m.HeldOn >= from && m.HeldOn <= to)
            .GroupBy(m => new { m.UnitId, m.Kind }).Select(g => new { g.Key.UnitId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        var units = await names.UnitsAsync(ct);
        var result = new List<BranchMeetings>();
        foreach (var branch in units.Values.Where(u => u.Kind == UnitKind.Branch).OrderBy(u => u.Name, CommunityPlatform.Application.NaturalOrder.Instance))
        {
            var subtree = await names.SubtreeAsync(branch.Id, ct);
            int Count(MeetingKind kind) => held.Where(h => h.Kind == kind && subtree.Contains(h.UnitId)).Sum(h => h.Count);
            var (members, committee, group, lecture) = (Count(MeetingKind.BranchMembers), Count(MeetingKind.BranchCommittee), Count(MeetingKind.Group), Count(MeetingKind.Lecture));
            // A branch without groups holds no group meetings; that part of the rule is then met.
            var hasGroups = units.Values.Any(u => u.Kind == UnitKind.Group && subtree.Contains(u.Id));
            result.Add(new BranchMeetings(branch.Name, members, committee, group, lecture,
                members >= 1 && committee >= 3 && (!hasGroups || group >= 3) && lecture >= 1));
        }

        return result;
    }

    /// <summary>In-service members whose relation is at their employer, and how many of them reported in.</summary>
    public async Task<Line> ReportInAsync(CancellationToken ct)
    {
        var owing = db.Members.AsNoTracking().Where(m => m.State == MemberState.Active && m.Category == MemberCategory.InService && m.RelationHeld == RelationHeld.Employer);
        return new Line("reportIn", "reportIn", await owing.CountAsync(m => m.ReportedInOn != null, ct), await owing.CountAsync(ct));
    }

    public async Task<(int Month, int Paid, int Owing, long PaidFen, long DueFen)> DuesAsync(string? month, CancellationToken ct)
    {
        var (m, owing, paidBy) = await dues.MonthFiguresAsync(month, ct);
        return (m, owing.Count(x => paidBy.ContainsKey(x.Id)), owing.Count, paidBy.Values.Sum(), owing.Sum(x => x.MonthlyDuesFen));
    }

    public string CommunityName => scope.Community?.Name ?? "";
}

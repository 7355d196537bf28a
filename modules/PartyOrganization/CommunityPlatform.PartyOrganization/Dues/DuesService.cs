using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Members;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Dues;

/// <summary>党费: payments by month, the unpaid list and the payment rate. Amounts are in fen throughout.</summary>
public sealed class DuesService(PartyDbContext db, PartyNames names, MemberService members, TimeProvider clock) : IScopedService
{
    public async Task<DuesPaymentDto> PayAsync(DuesPaymentRequest request, CancellationToken ct)
    {
        var member = await members.FindAsync(request.MemberId!.Value, ct);
        if (member.State == MemberState.Left) throw new BusinessRuleException(PartyErrors.MemberNotActive);
        var month = DuesPayment.Parse(request.Month!);
        if (request.PaidOn > clock.Today()) throw new BusinessRuleException(PartyErrors.DateInFuture);
        if (await db.DuesPayments.AnyAsync(p => p.MemberId == member.Id && p.Month == month, ct)) throw new BusinessRuleException(PartyErrors.DuesAlreadyPaid);
        var payment = new DuesPayment(member, month, request.AmountFen ?? member.MonthlyDuesFen, request.PaidOn!.Value, request.PaidBy);
        db.DuesPayments.Add(payment);
        await db.SaveUniqueAsync(PartyErrors.DuesAlreadyPaid, ct);
        var name = (await names.MembersAsync([member.Id], ct)).GetValueOrDefault(member.Id)?.Name ?? "";
        return new DuesPaymentDto(payment.Id, member.Id, name, request.Month!, payment.AmountFen, payment.PaidOn, payment.PaidBy);
    }

    public async Task<IReadOnlyList<DuesPaymentDto>> PaymentsAsync(string? month, Guid? memberId, CancellationToken ct)
    {
        var query = db.DuesPayments.AsNoTracking();
        if (month is not null) query = query.Where(p => p.Month == DuesPayment.Parse(month));
        if (memberId is { } id) query = query.Where(p => p.MemberId == id);
        var payments = await query.OrderByDescending(p => p.Month).ThenBy(p => p.Id).Take(1000).ToListAsync(ct);
        var people = await names.MembersAsync(payments.Select(p => p.MemberId), ct);
        return payments.Select(p => new DuesPaymentDto(p.Id, p.MemberId, people.GetValueOrDefault(p.MemberId)?.Name ?? "", DuesPayment.Format(p.Month), p.AmountFen, p.PaidOn, p.PaidBy)).ToList();
    }

    /// <summary>
    /// A month's dues: every member who was a member that month and has not left owes it (flowed-out members still
    /// pay, often through someone on their behalf); the rate is paid ÷ owing.
    /// </summary>
    public async Task<DuesMonthDto> MonthAsync(string? month, CancellationToken ct)
    {
        var figures = await MonthFiguresAsync(month, ct);
        var owing = figures.Owing.Where(m => !figures.PaidBy.ContainsKey(m.Id)).ToList();
        var people = await names.MembersAsync(owing.Select(m => m.Id), ct);
        var units = await names.UnitsAsync(ct);
        var unpaid = owing.Select(m => new DuesLineDto(m.Id, people.GetValueOrDefault(m.Id)?.Name ?? "", units.GetValueOrDefault(m.UnitId)?.Name ?? "", m.DuesClass, m.MonthlyDuesFen))
            .OrderBy(l => l.UnitName, NaturalOrder.Instance).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();
        var paid = figures.Owing.Count(m => figures.PaidBy.ContainsKey(m.Id));
        return new DuesMonthDto(DuesPayment.Format(figures.Month), figures.Owing.Count, paid, Rate.From(paid, figures.Owing.Count).Percent,
            figures.Owing.Sum(m => m.MonthlyDuesFen), figures.PaidBy.Values.Sum(), unpaid);
    }

    /// <summary>The members owing a month and what each paid; the default month is the current one.</summary>
    public async Task<(int Month, IReadOnlyList<PartyMember> Owing, IReadOnlyDictionary<Guid, long> PaidBy)> MonthFiguresAsync(string? month, CancellationToken ct)
    {
        var today = clock.Today();
        var m = month is null ? today.Year * 100 + today.Month : DuesPayment.Parse(month);
        var monthEnd = new DateOnly(m / 100, m % 100, 1).AddMonths(1).AddDays(-1);
        var owing = await db.Members.AsNoTracking().Where(x => x.State != MemberState.Left && x.JoinedOn <= monthEnd).ToListAsync(ct);
        var paid = await db.DuesPayments.AsNoTracking().Where(p => p.Month == m).GroupBy(p => p.MemberId)
            .Select(g => new { g.Key, Sum = g.Sum(p => p.AmountFen) }).ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        return (m, owing, paid);
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Inspections;

/// <summary>Inspections and their findings: rectified by the deadline, rechecked; cards go through the card service.</summary>
public sealed class InspectionService(MarketDbContext db, TimeProvider clock) : IScopedService
{
    public async Task<Paged<InspectionDto>> ListAsync(InspectionQuery q, CancellationToken ct)
    {
        var inspections = db.Inspections.AsNoTracking();
        if (q.Kind is { } kind) inspections = inspections.Where(i => i.Kind == kind);
        if (q.OpenFindings == true) inspections = inspections.Where(i => i.HasOpenFindings);
        var total = await inspections.CountAsync(ct);
        var page = await inspections.OrderByDescending(i => i.On).ThenBy(i => i.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<InspectionDto>(page.Select(ToDto).ToList(), total);
    }

    public async Task<InspectionDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct, tracked: false));

    public async Task<InspectionDto> RecordAsync(InspectionRequest r, CancellationToken ct)
    {
        var today = clock.Today();
        var on = r.On ?? today;
        if (on > today) throw new InvalidInputException(PlatformErrors.InvalidRequest, "on", Language.T("不能是将来的时间。", "Not in the future."));
        if (!await db.Markets.AnyAsync(m => m.Id == r.MarketId, ct)) throw new InvalidInputException(MarketErrors.MarketNotFound, "marketId", Language.T("本社区没有这个市场。", "No such market in this community."));
        var findings = r.Findings ?? [];
        var stallIds = findings.Where(f => f.StallId is not null).Select(f => f.StallId!.Value).Distinct().ToList();
        if (await db.Stalls.CountAsync(s => stallIds.Contains(s.Id) && s.MarketId == r.MarketId, ct) != stallIds.Count)
            throw new InvalidInputException(MarketErrors.StallNotFound, "findings", Language.T("检查发现所指摊位不属于该市场。", "A finding names a stall not of that market."));
        var inspection = new Inspection(r.MarketId!.Value, r.Kind!.Value, on, r.Inspector!, r.Note, findings.Select(f => (f.Text!, f.StallId, f.Deadline!.Value)));
        inspection.Opened();
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return ToDto(inspection);
    }

    public async Task<InspectionDto> ActAsync(Guid id, int number, FindingStepRequest r, CancellationToken ct)
    {
        var inspection = await FindAsync(id, ct);
        db.ExpectStamp(inspection, r.ConcurrencyStamp);
        var on = r.On ?? clock.Today();
        if (r.Action == FindingAction.Rectify) inspection.Rectify(number, on);
        else inspection.Recheck(number, r.Passed ?? throw new InvalidInputException(PlatformErrors.InvalidRequest, "passed", Language.T("请填写复查是否通过。", "Say whether the recheck passed.")), on);
        await db.SaveChangesAsync(ct);
        return ToDto(inspection);
    }

    private async Task<Inspection> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Inspections : db.Inspections.AsNoTracking()).FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException(MarketErrors.InspectionNotFound);

    private InspectionDto ToDto(Inspection i)
    {
        var today = clock.Today();
        return new InspectionDto(i.Id, i.MarketId, i.Kind, i.On, i.Inspector, i.Note,
            i.Findings.Select(f => new FindingDto(f.Number, f.Text, f.StallId, f.Deadline, f.State, f.RectifiedOn, f.RecheckedOn, f.OverdueOn(today))).ToList(), i.ConcurrencyStamp);
    }
}

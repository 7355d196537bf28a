using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.MarketRegister.Markets;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Complaints;

/// <summary>
/// Complaints of the request's community. Sending one to the grid publishes <see cref="GridEventRequested"/> through
/// the market's outbox (only while the grid module is on here); the grid's <see cref="GridEventClosed"/> closes it.
/// </summary>
public sealed class ComplaintService(MarketDbContext db, MarketService markets, Scales.ReweighService reweighs, Vendors.CardService cards, Actors actors, IModuleSwitches switches, RequestContext scope, TimeProvider clock) : IScopedService
{
    public async Task<Paged<ComplaintDto>> ListAsync(ComplaintQuery q, CancellationToken ct)
    {
        var complaints = db.Complaints.AsNoTracking();
        if (q.State is { } state) complaints = complaints.Where(c => c.State == state);
        if (q.Kind is { } kind) complaints = complaints.Where(c => c.Kind == kind);
        if (q.StallId is { } stall) complaints = complaints.Where(c => c.StallId == stall);
        var total = await complaints.CountAsync(ct);
        var page = await complaints.OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<ComplaintDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<ComplaintDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct, tracked: false)], ct))[0];

    /// <summary>The vendor's copy: the complainant left out.</summary>
    public async Task<VendorComplaintCopyDto> VendorCopyAsync(Guid id, CancellationToken ct)
    {
        var c = (await GetAsync(id, ct));
        return new VendorComplaintCopyDto(c.Id, c.StallNumber, c.Kind, c.Description, c.ReceivedAt, c.State, c.Handling, c.Answer);
    }

    public async Task<ComplaintDto> ReceiveAsync(ComplaintRequest r, CancellationToken ct)
    {
        var complaint = await NewAsync(r, r.ReceivedAt?.ToUniversalTime(), ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(complaint.Id, ct);
    }

    /// <summary>Checks and adds a complaint (not saved); the stall's holder is the vendor it concerns.</summary>
    public async Task<Complaint> NewAsync(ComplaintRequest r, DateTime? receivedAt, CancellationToken ct)
    {
        try
        {
            await markets.FindAsync(r.MarketId!.Value, ct, tracked: false);
        }
        catch (NotFoundException)
        {
            throw new InvalidInputException(MarketErrors.MarketNotFound, "marketId", Language.T("本社区没有这个市场。", "No such market in this community."));
        }

        Stall? stall = null;
        if (r.StallId is { } stallId && (stall = await db.Stalls.AsNoTracking().FirstOrDefaultAsync(s => s.Id == stallId && s.MarketId == r.MarketId, ct)) is null)
            throw new InvalidInputException(MarketErrors.StallNotFound, "stallId", Language.T("该市场没有这个摊位。", "No such stall in that market."));
        var now = clock.GetUtcNow().UtcDateTime;
        var complaint = new Complaint(r.MarketId!.Value, stall?.Id, stall?.HolderVendorId, r.Kind!.Value, r.Channel!.Value, r.ComplainantName!, r.ComplainantPhone,
            r.Description!, r.BuildingId, receivedAt ?? now, now, actors.Name);
        db.Complaints.Add(complaint);
        return complaint;
    }

    public async Task<ComplaintDto> ActAsync(Guid id, ComplaintStepRequest r, CancellationToken ct)
    {
        var complaint = await FindAsync(id, ct);
        db.ExpectStamp(complaint, r.ConcurrencyStamp);
        await ActAsync(complaint, r, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task ActAsync(Complaint complaint, ComplaintStepRequest r, DateTime now, CancellationToken ct)
    {
        var by = actors.Name;
        switch (r.Action!.Value)
        {
            case ComplaintAction.Reweigh:
                if (r.StatedGrams is not { } stated || r.MeasuredGrams is not { } measured) throw new BusinessRuleException(MarketErrors.WeightsRequired);
                complaint.Reweigh(stated, measured, by, now, r.Note);
                await reweighs.AddAsync(complaint.MarketId, null, complaint.VendorId, complaint.StallId, Labels.Of(complaint.Kind), stated, measured, r.Note, now, complaint.Id, ct);
                break;
            case ComplaintAction.Handle:
                complaint.Handle(r.Handling ?? throw new BusinessRuleException(MarketErrors.HandlingRequired), by, now, r.Note);
                // A card as the handling is a yellow card on the stall holder's file, with the complaint as its reason.
                if (complaint.Handling == ComplaintHandling.Card && complaint.VendorId is { } vendorId && await db.Vendors.FirstOrDefaultAsync(v => v.Id == vendorId, ct) is { } vendor)
                    cards.Give(vendor, CardColor.Yellow, 2, $"投诉成立（{Labels.Of(complaint.Kind)}）：{complaint.Description[..Math.Min(400, complaint.Description.Length)]}", DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, CommunityCalendar.Zone)), null);
                break;
            case ComplaintAction.Answer:
                complaint.AnswerWith(string.IsNullOrWhiteSpace(r.Note) ? throw new InvalidInputException(PlatformErrors.InvalidRequest, "note", Language.T("请填写答复。", "The answer is required.")) : r.Note, by, now);
                break;
            case ComplaintAction.Close:
                complaint.Close(r.Satisfaction ?? throw new BusinessRuleException(MarketErrors.SatisfactionRequired), by, now, r.Note);
                break;
            default:
                if (scope.CommunityId is not { } community || !switches.IsEnabled(community, GridManagementModuleName.Value)) throw new BusinessRuleException(MarketErrors.GridOff);
                var request = complaint.SendToGrid(by, now, r.Note);
                db.Publish(new GridEventRequested(request, complaint.Kind == ComplaintKind.BlockingRoad ? EventKind.Sanitation : EventKind.Complaint,
                    $"市场投诉：{Labels.Of(complaint.Kind)}", complaint.Description + (string.IsNullOrWhiteSpace(r.Note) ? "" : $"（{r.Note.Trim()}）"),
                    complaint.ComplainantName, complaint.BuildingId, MarketRegisterModule.Name));
                break;
        }
    }

    private async Task<Complaint> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Complaints : db.Complaints.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException(MarketErrors.ComplaintNotFound);

    private async Task<IReadOnlyList<ComplaintDto>> ToDtosAsync(IReadOnlyList<Complaint> page, CancellationToken ct)
    {
        var stallIds = page.Where(c => c.StallId is not null).Select(c => c.StallId!.Value).Distinct().ToList();
        var numbers = await db.Stalls.AsNoTracking().Where(s => stallIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, ct);
        return page.Select(c => new ComplaintDto(c.Id, c.MarketId, c.StallId, c.StallId is { } s ? numbers.GetValueOrDefault(s) : null, c.VendorId, c.Kind, c.Channel,
            c.ComplainantName, Masking.Phone(c.ComplainantPhone), c.Description, c.ReceivedAt, c.State, c.DeviationGrams, c.Handling, c.Upheld, c.Answer,
            c.Satisfaction, c.ClosedAt, c.GridRequestId, c.GridOutcome,
            c.Steps.Select(x => new ComplaintStepDto(x.Action, x.State, x.By, x.At, x.Note)).ToList(), c.ConcurrencyStamp)).ToList();
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Scales;

/// <summary>The fair scales and their calibration; one due within 30 days is flagged.</summary>
public sealed class ScaleService(MarketDbContext db, TimeProvider clock) : IScopedService
{
    public async Task<IReadOnlyList<ScaleDto>> ListAsync(CancellationToken ct) =>
        (await db.Scales.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct)).Select(ToDto).ToList();

    public async Task<ScaleDto> CreateAsync(ScaleRequest r, CancellationToken ct)
    {
        if (!await db.Markets.AnyAsync(m => m.Id == r.MarketId, ct)) throw new InvalidInputException(MarketErrors.MarketNotFound, "marketId", Language.T("本社区没有这个市场。", "No such market in this community."));
        var scale = new Scale(r.MarketId!.Value, r.Name!, r.CalibratedUntil!.Value);
        db.Scales.Add(scale);
        await db.SaveChangesAsync(ct);
        return ToDto(scale);
    }

    public async Task<ScaleDto> UpdateAsync(Guid id, ScaleRequest r, CancellationToken ct)
    {
        var scale = await db.Scales.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException(MarketErrors.ScaleNotFound);
        db.ExpectStamp(scale, r.ConcurrencyStamp);
        scale.Change(r.Name!, r.CalibratedUntil!.Value);
        await db.SaveChangesAsync(ct);
        return ToDto(scale);
    }

    private ScaleDto ToDto(Scale s) => new(s.Id, s.MarketId, s.Name, s.CalibratedUntil, s.CalibratedUntil <= clock.Today().AddDays(30), s.ConcurrencyStamp);
}

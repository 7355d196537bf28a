using CommunityPlatform.Data;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>The community's scoring weights: the defaults until the community sets its own.</summary>
public sealed class ScoringService(MarketDbContext db) : IScopedService
{
    public async Task<Scoring> CurrentAsync(CancellationToken ct) => await db.Scorings.FirstOrDefaultAsync(ct) ?? new Scoring();

    public async Task<ScoringDto> GetAsync(CancellationToken ct) => ToDto(await CurrentAsync(ct));

    public async Task<ScoringDto> UpdateAsync(ScoringRequest r, CancellationToken ct)
    {
        var scoring = await db.Scorings.FirstOrDefaultAsync(ct);
        if (scoring is null)
        {
            if (r.ConcurrencyStamp != Default) throw new Errors.ConflictException(Errors.PlatformErrors.Stale);
            db.Scorings.Add(scoring = new Scoring());
        }
        else db.ExpectStamp(scoring, r.ConcurrencyStamp);

        (scoring.Resident, scoring.LowIncome, scoring.ZeroEmploymentHousehold, scoring.Difficulty, scoring.Disabled, scoring.CleanRenewal, scoring.PerYellowCard,
            scoring.NewVendorSharePercent) = (r.Resident!.Value, r.LowIncome!.Value, r.ZeroEmploymentHousehold!.Value, r.Difficulty!.Value, r.Disabled!.Value,
            r.CleanRenewal!.Value, r.PerYellowCard!.Value, r.NewVendorSharePercent!.Value);
        await db.SaveUniqueAsync(Errors.PlatformErrors.Stale, ct);
        return ToDto(scoring);
    }

    /// <summary>The stamp of the defaults before a community saves its own weights.</summary>
    public const string Default = "default";

    private static ScoringDto ToDto(Scoring s) => new(s.Resident, s.LowIncome, s.ZeroEmploymentHousehold, s.Difficulty, s.Disabled, s.CleanRenewal, s.PerYellowCard,
        s.NewVendorSharePercent, s.CreatedAt == default ? Default : s.ConcurrencyStamp);
}

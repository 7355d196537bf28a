using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Settings;

/// <summary>The community's daily cap and star ladder; a community that never set them has the defaults (8 h; 100/300/600/1000/1500 h).</summary>
public sealed class SettingsService(CultureTeamsDbContext db) : IScopedService
{
    private CultureSettings? current;

    public async Task<CultureSettings> CurrentAsync(CancellationToken ct) =>
        current ??= await db.Settings.FirstOrDefaultAsync(ct) ?? new CultureSettings();

    public async Task<CultureSettingsDto> GetAsync(CancellationToken ct) => ToDto(await CurrentAsync(ct));

    public async Task<CultureSettingsDto> UpdateAsync(CultureSettingsRequest r, CancellationToken ct)
    {
        var settings = await db.Settings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new CultureSettings();
            db.Settings.Add(settings);
        }
        else db.ExpectStamp(settings, r.ConcurrencyStamp);

        settings.Change(r.DailyCapHours, r.StarLadder!);
        await db.SaveChangesAsync(ct);
        current = settings;
        return ToDto(settings);
    }

    private static CultureSettingsDto ToDto(CultureSettings s) => new(s.DailyCapHours, s.StarLadder, s.ConcurrencyStamp);
}

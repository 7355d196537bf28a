using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Settings;

/// <summary>The community's rules: the stored row, or the defaults until someone changes them.</summary>
public sealed class SettingsService(EmploymentHelpDbContext db) : IScopedService
{
    public async Task<EmploymentSettings> CurrentAsync(CancellationToken ct) =>
        await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new EmploymentSettings();

    public async Task<EmploymentSettingsDto> GetAsync(CancellationToken ct) => ToDto(await CurrentAsync(ct));

    public async Task<EmploymentSettingsDto> UpdateAsync(EmploymentSettingsRequest r, CancellationToken ct)
    {
        var months = r.FollowUpMonths!;
        if (months.Any(m => m is < 1 or > 24) || months.Distinct().Count() != months.Count)
            throw new InvalidInputException(EmploymentErrors.FollowUpMonthsInvalid, "followUpMonths", EmploymentErrors.FollowUpMonthsInvalid.Localized());
        var settings = await db.Settings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new EmploymentSettings();
            if (r.ConcurrencyStamp != Defaults) throw new ConflictException(PlatformErrors.Stale);
            db.Settings.Add(settings);
        }
        else db.ExpectStamp(settings, r.ConcurrencyStamp);

        settings.Change(months, r.ZeroEmploymentClockDays, r.PostTermMonths, r.PostEndAlertDays, r.DifficultyCategories!);
        await db.SaveUniqueAsync(PlatformErrors.Stale, ct);
        return ToDto(settings);
    }

    /// <summary>The stamp the defaults are read with, before any row is stored.</summary>
    public const string Defaults = "defaults";

    private static EmploymentSettingsDto ToDto(EmploymentSettings s) =>
        new(s.FollowUpMonths, s.ZeroEmploymentClockDays, s.PostTermMonths, s.PostEndAlertDays, s.DifficultyCategories,
            s.CreatedAt == default ? Defaults : s.ConcurrencyStamp);
}

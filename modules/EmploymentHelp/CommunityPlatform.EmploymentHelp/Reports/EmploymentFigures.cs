using CommunityPlatform.Application;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.EmploymentHelp.Settings;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Reports;

/// <summary>
/// One community's counts for a period — counts and sums only, never rates, so that a street's or the city's figures
/// are sums of these and each rate is taken once from the sums. "At the end" figures are as of the period's last day.
/// </summary>
public sealed class EmploymentFigures(EmploymentHelpDbContext db, Registry registry, SettingsService settings, RequestContext scope, TimeProvider clock) : IScopedService
{
    public sealed record Counts(
        int JobSeekersNew, int JobSeekersDeregistered, int JobSeekersRegistered, IReadOnlyList<(string Category, int Count)> Difficulty,
        int ZeroNew, int ZeroCleared, int ZeroOpen, int ZeroOverdue, int Placements, int FollowUpsDue, int FollowUpsDone, int SixMonthDone,
        int SixMonthRetained, int Trainees, int Certified, int PostsHeld, int PostsEndingSoon, int LowIncomeHouseholds, int LowIncomePeople,
        int Visits, long AidFen, int LoveCards);

    public string CommunityName => scope.Community?.Name ?? "";

    public async Task<Counts> SummaryAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var today = clock.Today();
        var seekers = await db.JobSeekers.AsNoTracking().Select(j => new { j.RegisteredOn, j.DeregisteredOn }).ToListAsync(ct);
        var cases = await db.DifficultyCases.AsNoTracking().ToListAsync(ct);
        var valid = cases.Where(c => c.ValidFrom <= to && (c.RevokedOn is null || c.RevokedOn > to)).GroupBy(c => c.Category).Select(g => (g.Key, g.Count())).ToList();
        var zero = await db.ZeroEmployment.AsNoTracking().ToListAsync(ct);
        var placements = await db.Placements.AsNoTracking().Where(p => p.StartedOn <= to).ToListAsync(ct);
        var followUps = placements.SelectMany(p => p.FollowUps).Where(f => f.DueOn >= from && f.DueOn <= to).ToList();
        var sixMonths = followUps.Where(f => f.Month == 6 && f.DoneOn is not null).ToList();
        var classes = await db.TrainingClasses.AsNoTracking().Where(c => c.StartsOn >= from && c.StartsOn <= to).ToListAsync(ct);
        var posts = await db.Posts.AsNoTracking().ToListAsync(ct);
        var alertDays = (await settings.CurrentAsync(ct)).PostEndAlertDays;
        var lowIncome = (await db.LowIncome.AsNoTracking().ToListAsync(ct)).Where(l => l.OnRegisterAt(to)).Select(l => l.HouseholdId).ToList();
        var people = (await registry.MembersAsync(lowIncome, ct)).Sum(g => g.Count());
        var cards = await db.LoveCards.AsNoTracking().Where(b => b.IssuedOn >= from && b.IssuedOn <= to).Select(b => b.Cards).ToListAsync(ct);
        var aid = await db.Visits.AsNoTracking().Where(v => v.On >= from && v.On <= to).Select(v => v.CashFen + v.GoodsFen).ToListAsync(ct);

        return new Counts(
            seekers.Count(j => j.RegisteredOn >= from && j.RegisteredOn <= to),
            seekers.Count(j => j.DeregisteredOn >= from && j.DeregisteredOn <= to),
            seekers.Count(j => j.RegisteredOn <= to && (j.DeregisteredOn is null || j.DeregisteredOn > to)),
            valid,
            zero.Count(z => z.RecognisedOn >= from && z.RecognisedOn <= to),
            zero.Count(z => z.State == ZeroEmploymentState.Cleared && z.ClosedOn >= from && z.ClosedOn <= to),
            zero.Count(z => z.OpenAt(to)),
            zero.Count(z => z.OpenAt(to) && z.DueOn < to),
            placements.Where(p => p.StartedOn >= from).Select(p => p.ResidentId).Distinct().Count(),
            followUps.Count, followUps.Count(f => f.DoneOn is not null), sixMonths.Count, sixMonths.Count(f => f.StillEmployed == true),
            classes.Sum(c => c.Trainees.Count), classes.Sum(c => c.Trainees.Count(t => t.Certificate is not null)),
            posts.Count(p => p.HeldAt(to)), posts.Count(p => p.HeldAt(today) && p.EndsOn <= today.AddDays(alertDays)),
            lowIncome.Count, people, aid.Count, aid.Sum(), cards.Sum());
    }
}

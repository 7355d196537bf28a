using CommunityPlatform.Application;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.GridManagement.Patrols;
using CommunityPlatform.GridManagement.Visits;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Seeding;

/// <summary>
/// A month of grid work for each report community, so the dashboard is alive: a patrol of each grid most days, events
/// from the hotline, the online platform, patrols and visits in every state (some overdue, a few escalated, disputes
/// mediated), and home visits of the grids' households.
/// </summary>
internal sealed class DemoWorkSeeder(GridDbContext db, IBuildingRosters rosters, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    public int Order => 1;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is not { } demo) return;
        var names = new DemoNames(demo.Code + "-work");
        var words = DemoGridWords.For(demo.Code);
        var matters = words.Matters;
        var random = names.Random;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var grids = await db.Grids.Where(g => g.Level == GridLevel.BuildingGroup).OrderBy(g => g.Sequence).ToListAsync(cancellationToken);
        var staff = await db.Staff.ToListAsync(cancellationToken);
        var roster = await rosters.GetAsync(grids.SelectMany(g => g.BuildingIds).ToList(), cancellationToken);

        foreach (var grid in grids)
        {
            var worker = staff.FirstOrDefault(s => s.GridId == grid.Id && s.Role == StaffRole.GridWorker);
            var leader = staff.FirstOrDefault(s => s.GridId == grid.Id && s.Role == StaffRole.GridLeader);
            if (worker is null) continue;
            var by = new Actor(worker.AccountId, worker.Name);
            var office = new Actor(null, leader?.Name ?? "社区");

            for (var back = 29; back >= 1; back--)
            {
                if (grid.BuildingIds.Count == 0 || random.Next(10) == 0) continue;
                var day = today.AddDays(-back);
                var at = Utc(day, 9, random.Next(60));
                var walked = grid.BuildingIds.Where(_ => random.Next(10) < 8).ToList();
                var patrol = new Patrol(grid, by, at, day, walked.Count > 0 ? walked : [grid.BuildingIds[0]], null);
                if (random.Next(5) == 0)
                {
                    var (kind, title) = matters[random.Next(matters.Length)];
                    var raised = Event(grid, EventSource.Patrol, kind, title, at, by, office, worker, random, now);
                    patrol.Find(title, raised.Id);
                }

                db.Patrols.Add(patrol);
            }

            for (var e = 4 + random.Next(5); e > 0; e--)
            {
                var (kind, title) = matters[random.Next(matters.Length)];
                var source = random.Next(2) == 0 ? EventSource.Hotline : EventSource.Online;
                Event(grid, source, kind, title, Utc(today.AddDays(-random.Next(0, 30)), 8 + random.Next(10), random.Next(60)), by, office, worker, random, now);
            }

            var homes = roster.Households.Where(h => grid.BuildingIds.Contains(h.BuildingId)).ToList();
            for (var v = 0; v < 8 && homes.Count > 0; v++)
            {
                var home = homes[random.Next(homes.Count)];
                var note = words.Visits[random.Next(words.Visits.Length)];
                var visit = new Visit(grid.Id, home.Id, by, today.AddDays(-random.Next(0, 30)), note.Note, note.FollowUp);
                if (visit.FollowUp is not null)
                    visit.Raised(Event(grid, EventSource.Visit, note.Kind, visit.FollowUp, Utc(visit.On, 15, 0), by, office, worker, random, now).Id);
                db.Visits.Add(visit);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An event with a plausible history: most closed, some still in hand (a few past their deadline), some escalated.</summary>
    private GridEvent Event(Grid grid, EventSource source, EventKind kind, string title, DateTime reported, Actor by, Actor office, GridStaff worker, Random random, DateTime now)
    {
        if (reported > now) reported = now.AddMinutes(-5);
        var parties = kind == EventKind.Dispute ? "当事人双方" : null;
        var ev = new GridEvent(grid.Id, source, kind, title, null, by.Name, parties, reported, null, now, by);
        db.Events.Add(ev);
        var step = reported;
        DateTime Next(int hours) => step = Min(step.AddHours(hours), now);
        var fate = random.Next(10);
        if (fate == 0) return ev;
        ev.Accept(office, Next(1), null);
        if (fate == 1)
        {
            ev.Escalate(office, Next(4), "需街道协调");
            return ev;
        }

        ev.Assign(worker.Id, office, Next(1), null);
        if (fate == 2) return ev;
        ev.Start(by, Next(2), null);
        if (fate == 3)
        {
            if (now > ev.Deadline) ev.Supervise(SupervisionLevel.YellowCard, office, now, "超期督办");
            return ev;
        }

        ev.Resolve(kind == EventKind.Dispute ? (random.Next(5) == 0 ? DisputeOutcome.NotSettled : DisputeOutcome.Settled) : null, by,
            Next(random.Next(4, 24 * 6)), "已处理");
        if (fate == 4 || step >= now) return ev;
        ev.Close(random.Next(10) == 0 ? Satisfaction.Basic : Satisfaction.Satisfied, office, Next(20), null);
        return ev;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Utc(DateOnly day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), CommunityCalendar.Zone);
}

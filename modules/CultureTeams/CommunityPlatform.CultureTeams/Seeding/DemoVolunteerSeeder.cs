using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.CultureTeams.Volunteers;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Seeding;

/// <summary>
/// The demo volunteers of each community, members of its volunteer teams, with a year or two of service: most have a
/// few confirmed afternoons, a handful of long-serving ones enough hours for stars, and the last weeks' records still
/// waiting to be confirmed. One record per volunteer and day, so none overlaps or passes the daily cap.
/// </summary>
internal sealed class DemoVolunteerSeeder(CultureTeamsDbContext db, IResidentDirectory registry, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    private static readonly int[] VeteranHours = [1120, 640, 330, 150, 104];
    private static readonly string[] Work = ["小区环境整治", "文明劝导", "护送学生过马路", "夜间治安巡逻", "为独居老人代购", "家电义务维修", "政策宣传入户", "文化广场秩序维护"];

    public int Order => 1;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken ct)
    {
        if (context.Demo is not { } demo) return;
        var count = ModuleDemoFigures.Of(typeof(CultureTeamsModule).Assembly, demo.Code).Int("volunteers") ?? 0;
        var people = await registry.ListAsync(0, 1000, ct);
        if (count == 0 || people.Count == 0) return;
        var random = new Random(demo.Code.Aggregate(29, (h, c) => unchecked(h * 31 + c)));
        var today = clock.Today();
        var teams = await db.Teams.Where(t => t.Kind == TeamKind.Volunteer).OrderBy(t => t.Name).Select(t => t.Id).ToListAsync(ct);

        for (var i = 0; i < Math.Min(count, people.Count); i++)
        {
            var resident = people[people.Count - 1 - i];
            var volunteer = new Volunteer(resident.Id, $"{3700 + demo.Code.Length}{today.Year - 3}{i + 1:000000}", teams.Count > 0 ? teams[i % teams.Count] : null, today.AddDays(-700 + random.Next(200)));
            db.Volunteers.Add(volunteer);
            var hours = i < VeteranHours.Length ? VeteranHours[i] : 2 * (1 + random.Next(6));
            var days = Enumerable.Range(1, 720).OrderBy(_ => random.Next()).Take((hours + 3) / 4).Order().ToList();
            var left = hours;
            foreach (var back in days)
            {
                var length = Math.Min(4, left);
                var from = new TimeOnly(8 + random.Next(6), 0);
                var record = new ServiceRecord(volunteer.Id, today.AddDays(-back), from, from.AddHours(length), Work[random.Next(Work.Length)], null);
                record.Apply(back <= 10 ? ServiceAction.Submit : ServiceAction.Confirm, null);
                db.ServiceRecords.Add(record);
                left -= length;
            }
        }

        await db.SaveChangesAsync(ct);
    }
}

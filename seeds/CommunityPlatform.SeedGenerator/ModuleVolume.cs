using CommunityPlatform.CultureTeams;
using CommunityPlatform.CultureTeams.Activities;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.EmploymentHelp;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.EmploymentHelp.LowIncome;
using CommunityPlatform.EmploymentHelp.Placements;
using CommunityPlatform.GridManagement;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.MarketRegister;
using CommunityPlatform.MarketRegister.Complaints;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.MarketRegister.Markets;
using CommunityPlatform.PartyOrganization;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.SeedGenerator;

/// <summary>
/// Every community's ledgers at a modest, realistic size for the street's and the city's views (issue 17: the overview,
/// every scope=city report and the big screen at 10,000 communities; issue 21: every module's busiest list at 10,000):
/// a Party branch with its members, a grid with its events over the last year (some past their deadline), culture
/// activities held and counted, placements and low-income households, a market with its
/// stalls (most let) and complaints. Written per table for all communities at once (<see cref="BulkInsert"/>), each row
/// stamped with its own community.
/// </summary>
internal sealed class ModuleVolume(IServiceProvider services)
{
    private static readonly EventKind[] Kinds = [EventKind.Sanitation, EventKind.Facilities, EventKind.Safety, EventKind.Sanitation, EventKind.Facilities];
    private const int MembersPerCommunity = 20;

    private static readonly ActivityKind[] Activities = [ActivityKind.Performance, ActivityKind.Lecture, ActivityKind.Training, ActivityKind.Festival];

    /// <param name="residents">Each community's registered residents: the first of them are its Party members.</param>
    public async Task<int> FillAsync(IReadOnlyList<CommunityInfo> communities, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> residents, int events)
    {
        var now = DateTime.UtcNow;
        var owner = new Dictionary<object, Guid>(ReferenceEqualityComparer.Instance);
        T Of<T>(CommunityInfo community, T row) where T : class
        {
            owner[row] = community.Id;
            return row;
        }

        var branches = new List<OrganizationUnit>();
        var members = new List<PartyMember>();
        var grids = new List<Grid>();
        var gridEvents = new List<GridEvent>();
        var activities = new List<Activity>();
        var placements = new List<Placement>();
        var lowIncome = new List<LowIncomeHousehold>();
        var markets = new List<Market>();
        var stalls = new List<Stall>();
        var complaints = new List<Complaint>();
        var system = new Actor(null, "seed");
        foreach (var (community, n) in communities.Select((c, i) => (c, i)))
        {
            var branch = Of(community, new OrganizationUnit("第一党支部", UnitKind.Branch, null, null));
            branches.Add(branch);
            var people = residents.GetValueOrDefault(community.Id) ?? [];
            for (var i = 0; i < Math.Min(MembersPerCommunity, people.Count); i++)
            {
                var joined = new DateOnly(1980 + (n + i) % 40, 1 + i % 12, 1);
                members.Add(Of(community, new PartyMember(people[i], branch.Id, new MemberFacts(joined, MembershipStatus.Full, joined.AddYears(1),
                    (MemberCategory)((n + i) % 4), RelationHeld.Community, null, null, false, null, 0))));
            }

            var grid = Of(community, new Grid(community.Code, "第一网格", GridLevel.Community, 1, null));
            grids.Add(grid);
            for (var i = 0; i < events; i++)
            {
                // Spread over the last year, a different day per community; the oldest are past their deadline.
                var reported = now.AddHours(-(i * 37 + n % 29) * 24 - n % 11);
                gridEvents.Add(Of(community, new GridEvent(grid.Id, EventSource.Hotline, Kinds[(i + n) % Kinds.Length], $"事件{i + 1}", null, null, null, reported, null, now, system)));
            }

            for (var i = 0; i < 4; i++)
            {
                var starts = now.AddDays(-(i * 80 + n % 30 + 3));
                var activity = new Activity($"第{i + 1}场活动", Activities[(i + n) % Activities.Length], starts, starts.AddHours(2));
                activity.Apply(ActivityAction.Hold, null, null);
                activity.Apply(ActivityAction.Record, 20 + (n + i) % 40, null);
                activities.Add(Of(community, activity));
            }

            for (var i = 0; i < 2; i++)
            {
                placements.Add(Of(community, new Placement(Guid.NewGuid(), (PlacementKind)((n + i) % 4), "本地企业", null, DateOnly.FromDateTime(now).AddDays(-(i * 150 + n % 60)), [3, 6])));
                lowIncome.Add(Of(community, new LowIncomeHousehold(Guid.NewGuid(), 80_000 + n % 5 * 10_000, DateOnly.FromDateTime(now).AddMonths(-(i + 2)), "民政")));
            }

            var market = Of(community, new Market($"{community.Name}市场", "社区居委会", "市场路1号", ["蔬菜", "水产"]));
            markets.Add(market);
            for (var i = 0; i < 8; i++)
            {
                var stall = new Stall(market.Id, $"A{i + 1:D2}", i % 2 == 0 ? "蔬菜" : "水产", 4.5m, i == 0, i % 2 == 0 ? "蔬菜" : "水产", 30_000);
                if (i < 6) stall.LetTo(Guid.NewGuid(), "经营户", resident: i % 2 == 0, priorityHousehold: i == 1);
                stalls.Add(Of(community, stall));
            }

            complaints.Add(Of(community, new Complaint(market.Id, stalls[^1].Id, null, ComplaintKind.ShortWeight, ComplaintChannel.Phone, "投诉人", null, "缺斤短两", null,
                now.AddDays(-(n % 90 + 1)), now, "seed")));
        }

        await using var scope = services.CreateAsyncScope();
        var stamped = new Dictionary<string, object?> { ["CommunityId"] = (Func<object, object?>)(row => owner[row]), ["CreatedAt"] = now };
        var party = scope.ServiceProvider.GetRequiredService<PartyDbContext>();
        await BulkInsert.RunAsync(party, branches, stamped);
        await BulkInsert.RunAsync(party, members, stamped);
        var gridDb = scope.ServiceProvider.GetRequiredService<GridDbContext>();
        await BulkInsert.RunAsync(gridDb, grids, stamped);
        await BulkInsert.RunAsync(gridDb, gridEvents, stamped);
        await BulkInsert.RunAsync(scope.ServiceProvider.GetRequiredService<CultureTeamsDbContext>(), activities, stamped);
        var employment = scope.ServiceProvider.GetRequiredService<EmploymentHelpDbContext>();
        await BulkInsert.RunAsync(employment, placements, stamped);
        await BulkInsert.RunAsync(employment, lowIncome, stamped);
        var marketDb = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        await BulkInsert.RunAsync(marketDb, markets, stamped);
        await BulkInsert.RunAsync(marketDb, stalls, stamped);
        await BulkInsert.RunAsync(marketDb, complaints, stamped);
        return owner.Count;
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.Residents.Seeding;

/// <summary>
/// A generated registry for each report community: its buildings by number, households in them, and as many
/// residents as its demo facts ask for (enough for what the modules seed on the registry). Deterministic per community
/// code and seeding day, so every run agrees. The registry is a sample of the community, not all of it, yet its counts
/// are the report's where the report counts something the registry holds: 低保 households and people, rented homes,
/// mobile population, key persons; its ethnic groups and its share registered here (欧风丽苑: 1,308 of 10,358) follow
/// the report's proportions. One save for the whole registry: EF batches the inserts, so a test host's start stays quick.
/// </summary>
internal sealed class DemoRegistrySeeder(ResidentsDbContext db, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    private const int MaxBuildings = 60;
    private const string DefaultDivision = "340403";

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is not { } demo) return;
        var seed = StableSeed(demo.Code);
        var random = new Random(seed);
        var buildingCount = Math.Clamp(demo.Buildings ?? 20, 1, MaxBuildings);
        var wantedResidents = Math.Max(300, demo.RegistryResidents ?? 0);
        var householdsPerBuilding = Math.Max(2, (int)Math.Ceiling(wantedResidents / 2.6 / buildingCount));
        var householdCount = buildingCount * householdsPerBuilding;
        var lowIncome = LowIncomeFamilies.For(demo, householdCount, new Random(seed ^ 0x5EED));
        var ethnicity = EthnicMix.Families(demo, householdCount, new Random(seed ^ 0xE7));
        var rented = Positions(householdCount, demo.Figure("rentedRooms"), 18, new Random(seed ^ 0x2E7));
        // 塔城路 counts 68 mobile people; 重华's 300 migrant workers are more than its registry sample holds (a profile figure).
        var mobile = demo.Figure("mobilePopulation");
        var people = new RegistryPeople(random, clock.Today(), demo.DivisionCode ?? DefaultDivision, RegisteredChance(demo), rentersMobile: mobile is null);
        var residents = new List<ResidentDetails>();
        var index = 0;

        for (var number = 1; number <= buildingCount; number++)
        {
            var building = new Building(number.ToString(), $"{number}号楼", units: 2 + number % 3, floors: 6 + number % 3 * 6);
            db.Buildings.Add(building);
            for (var h = 0; h < householdsPerBuilding; h++, index++)
            {
                var unit = h % building.Units + 1;
                var room = $"{h / building.Units % building.Floors + 1}0{h % 2 + 1}";
                var tags = new List<HouseholdTag>();
                var drawnLowIncome = random.Next(100) < 4;
                var lowIncomeSize = lowIncome?.SizeOf(index);
                if (lowIncome is null ? drawnLowIncome : lowIncomeSize is not null) tags.Add(HouseholdTag.LowIncome);
                if (random.Next(100) < 15) tags.Add(HouseholdTag.PartyMember);
                var tenure = rented.Contains(index) ? Tenure.Rented : Tenure.Owned;
                var household = new Household(building.Id, $"{demo.Name}{number}号楼", $"{unit}单元{room}", tenure, tags);
                db.Households.Add(household);
                residents.AddRange(people.Family(household, tenure, lowIncomeSize, ethnicity[index]));
            }
        }

        var quotas = new Random(seed ^ 0x90A);
        if (mobile is { } m) residents = Mobile(residents, m, db.Households.Local.Where(h => h.Tenure == Tenure.Rented).Select(h => h.Id).ToHashSet(), quotas);
        if (demo.Figure("keyPersons") is { } k) residents = KeyPersons(residents, k, clock.Today(), quotas);
        foreach (var details in residents) db.Residents.Add(new Resident(details));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// How likely (per mille) a family owning its home is registered here: the report's share of registered people
    /// (欧风丽苑: 1,308 of 10,358) over the share of owners, or 85 % where the report does not say.
    /// </summary>
    private static int RegisteredChance(DemoCommunity demo) =>
        demo.RegisteredPopulation is { } registered && demo.ResidentPopulation is > 0 and var residents
            ? Math.Min(1000, (int)Math.Round(registered * 1000.0 / residents / 0.82))
            : 850;

    /// <summary>Exactly <paramref name="count"/> of the positions when the report counts them, else about <paramref name="percent"/> %.</summary>
    private static HashSet<int> Positions(int total, int? count, int percent, Random random) =>
        count is { } c
            ? Enumerable.Range(0, total).OrderBy(_ => random.Next()).Take(Math.Min(c, total)).ToHashSet()
            : Enumerable.Range(0, total).Where(_ => random.Next(100) < percent).ToHashSet();

    /// <summary>Exactly the report's mobile population: renters first, then others registered elsewhere.</summary>
    private static List<ResidentDetails> Mobile(List<ResidentDetails> residents, int count, HashSet<Guid> rentedHomes, Random random)
    {
        var chosen = residents.Where(r => r.ResidenceType != ResidenceType.Registered)
            .OrderBy(r => rentedHomes.Contains(r.HouseholdId!.Value) ? 0 : 1).ThenBy(_ => random.Next())
            .Take(count).ToHashSet();
        return residents.Select(r => chosen.Contains(r) ? r with { ResidenceType = ResidenceType.Mobile } : r).ToList();
    }

    /// <summary>Exactly the report's key persons (重点人口), adults of working age.</summary>
    private static List<ResidentDetails> KeyPersons(List<ResidentDetails> residents, int count, DateOnly today, Random random)
    {
        var chosen = residents.Where(r => r.BirthDate is { } born && born.AddYears(20) <= today && born.AddYears(60) > today)
            .OrderBy(_ => random.Next()).Take(count).ToHashSet();
        return residents.Select(r => chosen.Contains(r) ? r with { Tags = [.. r.Tags, ResidentTag.KeyPerson] } : r).ToList();
    }

    private static int StableSeed(string code) => code.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}

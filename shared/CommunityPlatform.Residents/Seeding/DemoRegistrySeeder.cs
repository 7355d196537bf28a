using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.Residents.Seeding;

/// <summary>
/// A generated registry for each report community: its buildings by number, households in them, and as many
/// residents as its demo facts ask for (enough for what the modules seed on the registry). Deterministic per community code, so every run agrees.
/// Where the report counts its low-income (低保) households and people, exactly that many households carry the tag, with
/// exactly that many living members; elsewhere about one household in 25 does. One save for the whole registry: EF batches
/// the inserts, so even a registry of a thousand and more people keeps a test host's start quick.
/// </summary>
internal sealed class DemoRegistrySeeder(ResidentsDbContext db) : ICommunitySeeder, IScopedService
{
    private const int MaxBuildings = 60;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is not { } demo) return;
        var random = new Random(StableSeed(demo.Code));
        var people = new RegistryPeople(random, demo.EthnicGroups is > 1);
        var buildingCount = Math.Clamp(demo.Buildings ?? 20, 1, MaxBuildings);
        var wantedResidents = Math.Max(300, demo.RegistryResidents ?? 0);
        var householdsPerBuilding = Math.Max(2, (int)Math.Ceiling(wantedResidents / 2.6 / buildingCount));
        var lowIncome = LowIncomeFamilies.For(demo, buildingCount * householdsPerBuilding, new Random(StableSeed(demo.Code) ^ 0x5EED));
        var index = 0;

        for (var number = 1; number <= buildingCount; number++)
        {
            var building = new Building(number.ToString(), $"{number}号楼", units: 2 + number % 3, floors: 6 + number % 3 * 6);
            db.Buildings.Add(building);
            for (var h = 0; h < householdsPerBuilding; h++)
            {
                var unit = h % building.Units + 1;
                var room = $"{h / building.Units % building.Floors + 1}0{h % 2 + 1}";
                var tags = new List<HouseholdTag>();
                var drawnLowIncome = random.Next(100) < 4;
                var lowIncomeSize = lowIncome?.SizeOf(index++);
                if (lowIncome is null ? drawnLowIncome : lowIncomeSize is not null) tags.Add(HouseholdTag.LowIncome);
                if (random.Next(100) < 15) tags.Add(HouseholdTag.PartyMember);
                var tenure = random.Next(100) < 18 ? Tenure.Rented : Tenure.Owned;
                var household = new Household(building.Id, $"{demo.Name}{number}号楼", $"{unit}单元{room}", tenure, tags);
                db.Households.Add(household);
                foreach (var details in people.Family(household, tenure, lowIncomeSize))
                    db.Residents.Add(new Resident(details));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static int StableSeed(string code) => code.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}

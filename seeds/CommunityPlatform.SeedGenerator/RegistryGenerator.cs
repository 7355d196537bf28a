using CommunityPlatform.Residents;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.SeedGenerator;

/// <summary>
/// A registry of the requested size for one community: buildings of 100 households, residents spread evenly over the
/// households, valid and unique ID numbers, unique phones, names from 20 surnames (so a surname prefix matches ~5 %).
/// Written with <see cref="BulkInsert"/>, stamped with the community and the creation time as the kernel would.
/// </summary>
internal sealed class RegistryGenerator(IServiceProvider services)
{
    private const int HouseholdsPerBuilding = 100;
    private const int BirthDays = 21_900;
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂兰", "建国", "志强", "海燕", "玉兰", "文", "华"];
    private static readonly DateOnly FirstBirth = new(1940, 1, 1);

    /// <returns>The residents written, in the order written.</returns>
    public async Task<IReadOnlyList<Resident>> FillAsync(CommunityInfo community, int residents, int households)
    {
        if (residents == 0) return [];
        var buildings = new List<Building>();
        var homes = new List<Household>(households);
        for (var b = 0; b * HouseholdsPerBuilding < households; b++)
        {
            var building = new Building($"{b + 1}", $"{b + 1}号楼", units: 3, floors: 18);
            buildings.Add(building);
            for (var h = b * HouseholdsPerBuilding; h < Math.Min(households, (b + 1) * HouseholdsPerBuilding); h++)
                homes.Add(new Household(building.Id, $"{community.Name}{b + 1}号楼", $"{h % 3 + 1}单元{h / 3 % 18 + 1}0{h % 2 + 1}", Tenure.Owned, []));
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().SetCommunity(community);
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDbContext>();
        var stamped = new Dictionary<string, object?> { ["CommunityId"] = community.Id, ["CreatedAt"] = DateTime.UtcNow };
        await BulkInsert.RunAsync(db, buildings, stamped);
        await BulkInsert.RunAsync(db, homes, stamped);
        var people = Enumerable.Range(0, residents).Select(i =>
        {
            var home = homes[i % homes.Count];
            return new Resident(Person(i, home.Id, home.BuildingId!.Value));
        }).ToList();
        await BulkInsert.RunAsync(db, people, stamped);
        return people;
    }

    /// <summary>The <paramref name="i"/>-th person: birth date and sequence number make the ID number unique in the community.</summary>
    public static ResidentDetails Person(int i, Guid householdId, Guid buildingId)
    {
        var born = FirstBirth.AddDays(i % BirthDays);
        var gender = i % 2 == 0 ? Gender.Male : Gender.Female;
        var order = i / BirthDays * 2 + (gender == Gender.Male ? 1 : 0);
        var first17 = $"340402{born:yyyyMMdd}{order:000}";
        var name = Surnames[i % Surnames.Length] + Given[i / Surnames.Length % Given.Length];
        return new ResidentDetails(name, gender, born, "01", first17 + IdNumber.CheckCharFor(first17), $"13{i:D9}",
            householdId, buildingId, i % 4 == 0 ? RelationToHead.Head : RelationToHead.Child, ResidenceType.Registered, []);
    }
}

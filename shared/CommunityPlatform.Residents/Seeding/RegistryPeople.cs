using CommunityPlatform.Residents.Domain;

namespace CommunityPlatform.Residents.Seeding;

/// <summary>Makes up plausible families: names, valid ID numbers with their check digit, phones and special-group tags.</summary>
internal sealed class RegistryPeople(Random random, bool manyEthnicGroups)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂兰", "建国", "志强", "海燕", "玉兰", "文", "华"];
    private static readonly string[] MinorityCodes = ["17", "05", "03", "11", "02"];
    private readonly HashSet<string> issued = [];
    private int sequence;

    /// <param name="size">How many live in it; drawn (1 to 4) when not given.</param>
    public IEnumerable<ResidentDetails> Family(Household household, Tenure tenure, int? size = null)
    {
        var surname = Surnames[random.Next(Surnames.Length)];
        var drawn = 1 + random.Next(4);
        var members = size ?? drawn;
        var headBorn = new DateOnly(1940 + random.Next(60), 1 + random.Next(12), 1 + random.Next(28));
        var type = tenure == Tenure.Rented ? ResidenceType.Mobile : random.Next(100) < 85 ? ResidenceType.Registered : ResidenceType.Permanent;
        for (var i = 0; i < members; i++)
        {
            var (relation, born) = i switch
            {
                0 => (RelationToHead.Head, headBorn),
                1 => (RelationToHead.Spouse, headBorn.AddDays(random.Next(-1500, 1500))),
                _ => (RelationToHead.Child, headBorn.AddYears(22 + random.Next(12)).AddDays(random.Next(300))),
            };
            if (born > new DateOnly(2024, 12, 31)) born = new DateOnly(2024, 6, 1);
            var gender = i == 1 ? Gender.Female : random.Next(2) == 0 ? Gender.Male : Gender.Female;
            var tags = new List<ResidentTag>();
            if (members == 1 && born.Year < 1955) tags.Add(ResidentTag.ElderlyLivingAlone);
            if (random.Next(100) < 2) tags.Add(ResidentTag.Disabled);
            if (born.Year is > 1965 and < 2000 && random.Next(100) < 3) tags.Add(ResidentTag.Unemployed);
            if (household.Tags.Contains(HouseholdTag.LowIncome)) tags.Add(ResidentTag.LowIncome);
            yield return new ResidentDetails(
                i == 0 || relation == RelationToHead.Child ? surname + Given[random.Next(Given.Length)] : Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)],
                gender, born,
                manyEthnicGroups && random.Next(100) < 30 ? MinorityCodes[random.Next(MinorityCodes.Length)] : "01",
                IdNumberFor(born, gender),
                born.Year < 2008 ? $"1{3 + random.Next(7)}{random.Next(100_000_000, 999_999_999)}" : null,
                household.Id, household.BuildingId, relation, type, tags);
        }
    }

    // The sequence keeps numbers unique within a community; the parity digit carries the gender as GB 11643 says.
    private string IdNumberFor(DateOnly born, Gender gender)
    {
        string first17;
        do
        {
            var order = ++sequence % 500 * 2 + (gender == Gender.Male ? 1 : 0);
            first17 = $"340402{born:yyyyMMdd}{order:000}";
        }
        while (!issued.Add(first17));

        return first17 + IdNumber.CheckCharFor(first17);
    }
}

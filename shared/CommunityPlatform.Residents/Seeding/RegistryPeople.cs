using CommunityPlatform.Residents.Domain;

namespace CommunityPlatform.Residents.Seeding;

/// <summary>
/// Makes up plausible families: a head of at least 25, a spouse of the other gender, children born when their parents
/// were grown up; given names that agree with gender and age (and ethnic group); valid ID numbers with the check
/// character, the gender digit and the first six digits of where the family is registered; phones and special-group tags.
/// </summary>
/// <param name="home">The community's 行政区划代码, the first six digits of its registered residents' ID numbers.</param>
/// <param name="registeredChance">How likely a family that owns its home is registered here (户籍), in per mille.</param>
/// <param name="rentersMobile">Whether renters count as mobile population; false when the report counts that exactly and the seeder picks them.</param>
internal sealed class RegistryPeople(Random random, DateOnly today, string home, int registeredChance, bool rentersMobile)
{
    private readonly HashSet<string> issued = [];
    private int sequence;

    /// <param name="size">How many live in it; drawn (1 to 4) when not given.</param>
    /// <param name="ethnicity">The family's GB 3304 code.</param>
    public IEnumerable<ResidentDetails> Family(Household household, Tenure tenure, int? size, string ethnicity)
    {
        var surname = GivenNames.Surnames[random.Next(GivenNames.Surnames.Length)];
        var drawn = 1 + random.Next(4);
        var members = size ?? drawn;
        var headBorn = today.AddYears(-25 - random.Next(63)).AddDays(-random.Next(365));
        var headMale = random.Next(100) < 60;
        // Renters are registered here half as often as owners (young locals rent too); the others live here with their
        // hukou elsewhere, or are mobile population where the report does not count it exactly.
        var type = random.Next(1000) < (tenure == Tenure.Rented ? registeredChance / 2 : registeredChance) ? ResidenceType.Registered
            : tenure == Tenure.Rented && rentersMobile ? ResidenceType.Mobile : ResidenceType.Permanent;
        // A registered family was mostly born here; one registered elsewhere carries the ID numbers of where it came from.
        var origin = type == ResidenceType.Registered && random.Next(100) < 92 ? home : Origins.Elsewhere(home, random);
        string? father = null;
        for (var i = 0; i < members; i++)
        {
            var (relation, born, male) = i switch
            {
                0 => (RelationToHead.Head, headBorn, headMale),
                1 => (RelationToHead.Spouse, headBorn.AddDays(random.Next(-1500, 1500)), !headMale),
                _ => (RelationToHead.Child, ChildBorn(headBorn), random.Next(2) == 0),
            };
            var name = GivenNames.Turkic(random, ethnicity, male, relation == RelationToHead.Child ? father : null)
                       ?? (relation == RelationToHead.Spouse ? GivenNames.Surnames[random.Next(GivenNames.Surnames.Length)] : surname)
                       + GivenNames.Han(random, male, born.Year);
            if (relation != RelationToHead.Child && male) father = GivenNames.GivenOf(name);
            var gender = male ? Gender.Male : Gender.Female;
            var age = Age(born);
            var tags = new List<ResidentTag>();
            if (members == 1 && age >= 70) tags.Add(ResidentTag.ElderlyLivingAlone);
            if (random.Next(100) < 2) tags.Add(ResidentTag.Disabled);
            if (age is >= 20 and < 60 && random.Next(100) < 3) tags.Add(ResidentTag.Unemployed);
            if (household.Tags.Contains(HouseholdTag.LowIncome)) tags.Add(ResidentTag.LowIncome);
            // A spouse married in from elsewhere now and then keeps the numbers of home.
            var idOrigin = relation == RelationToHead.Spouse && random.Next(100) < 25 ? Origins.Elsewhere(home, random) : origin;
            yield return new ResidentDetails(
                name, gender, born, ethnicity,
                IdNumberFor(idOrigin, born, gender),
                age >= 16 ? $"1{3 + random.Next(7)}{random.Next(100_000_000, 999_999_999)}" : null,
                household.Id, household.BuildingId, relation, type, tags);
        }
    }

    /// <summary>When a child of a head born on <paramref name="headBorn"/> was born: the head 22 to 34 then, and never after today.</summary>
    private DateOnly ChildBorn(DateOnly headBorn)
    {
        var born = headBorn.AddYears(22 + random.Next(13)).AddDays(random.Next(365));
        if (born < today) return born;
        var earliest = headBorn.AddYears(22);
        return earliest.AddDays(random.Next(Math.Max(1, today.DayNumber - earliest.DayNumber)));
    }

    private int Age(DateOnly born) => today.Year - born.Year - (today.DayOfYear < born.DayOfYear ? 1 : 0);

    // The sequence keeps numbers unique within a community; the parity digit carries the gender as GB 11643 says.
    private string IdNumberFor(string region, DateOnly born, Gender gender)
    {
        string first17;
        do
        {
            var order = ++sequence % 500 * 2 + (gender == Gender.Male ? 1 : 0);
            first17 = $"{region}{born:yyyyMMdd}{order:000}";
        }
        while (!issued.Add(first17));

        return first17 + IdNumber.CheckCharFor(first17);
    }
}

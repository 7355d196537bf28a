using CommunityPlatform.Seeding;

namespace CommunityPlatform.Residents.Seeding;

/// <summary>
/// Which of a demo registry's households are on 低保 and how many live in each, when the community's report counts
/// them (<c>lowIncomeHouseholds</c>, <c>lowIncomePeople</c>): the households are spread over the registry, and their
/// sizes (one to four) add up to the report's people exactly.
/// </summary>
internal sealed class LowIncomeFamilies
{
    private readonly Dictionary<int, int> sizes;

    private LowIncomeFamilies(Dictionary<int, int> sizes) => this.sizes = sizes;

    /// <summary>The households' sizes by their position in the registry, or null when the report gives no such figures.</summary>
    public static LowIncomeFamilies? For(DemoCommunity demo, int households, Random random)
    {
        var wanted = Figure(demo, "lowIncomeHouseholds");
        var people = Figure(demo, "lowIncomePeople");
        if (wanted is not > 0 || people is not { } total) return null;
        var count = Math.Min(wanted.Value, households);
        total = Math.Clamp(total, count, count * 4);

        var familySizes = Enumerable.Range(0, count).Select(_ => 1 + random.Next(4)).ToArray();
        while (familySizes.Sum() != total)
        {
            var i = random.Next(count);
            if (familySizes.Sum() < total && familySizes[i] < 4) familySizes[i]++;
            else if (familySizes.Sum() > total && familySizes[i] > 1) familySizes[i]--;
        }

        var positions = Enumerable.Range(0, households).OrderBy(_ => random.Next()).Take(count).ToArray();
        return new LowIncomeFamilies(positions.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => familySizes[x.i]));
    }

    /// <summary>The size of the household at <paramref name="position"/> when it is on 低保, else null.</summary>
    public int? SizeOf(int position) => sizes.TryGetValue(position, out var size) ? size : null;

    private static int? Figure(DemoCommunity demo, string key) =>
        demo.Figures?.FirstOrDefault(f => f.Key == key) is { } figure ? (int)figure.Value : null;
}

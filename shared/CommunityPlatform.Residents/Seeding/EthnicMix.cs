using CommunityPlatform.Seeding;

namespace CommunityPlatform.Residents.Seeding;

/// <summary>
/// The ethnic groups (GB 3304 codes) of a community's families in the proportions of its report. 塔城路's report counts
/// 汉 2,590, 哈萨克 1,530, 维吾尔 1,134 and 605 of ten other groups among its 13 (it names 蒙 and 回); the split of the 605
/// is chosen here after the groups of Yining. Every group gets at least one family, so a sample registry still holds all
/// thirteen. A report that names no groups leaves its families Han.
/// </summary>
internal static class EthnicMix
{
    // Of the 605: 回 and 蒙古 the report names; 锡伯, 柯尔克孜, 乌孜别克, 俄罗斯, 塔塔尔, 满, 东乡, 达斡尔 live in Yining too.
    private static readonly (string Code, decimal Share)[] OtherGroupsOfYining =
    [
        ("03", 260), ("02", 70), ("38", 80), ("29", 40), ("43", 40), ("44", 30), ("50", 20), ("11", 35), ("26", 20), ("31", 10),
    ];

    /// <summary>One GB 3304 code per family, <paramref name="families"/> long, shuffled over the registry.</summary>
    public static string[] Families(DemoCommunity demo, int families, Random random)
    {
        var weights = Weights(demo);
        if (weights.Count <= 1) return Enumerable.Repeat("01", families).ToArray();

        // Largest remainder, but never below one family a group.
        var total = weights.Sum(w => w.Share);
        var exact = weights.Select(w => (w.Code, Share: w.Share * families / total)).ToList();
        var counts = exact.ToDictionary(e => e.Code, e => Math.Max(1, (int)Math.Floor(e.Share)));
        foreach (var (code, _) in exact.OrderByDescending(e => e.Share - Math.Floor(e.Share)))
        {
            if (counts.Values.Sum() >= families) break;
            counts[code]++;
        }

        while (counts.Values.Sum() > families) counts[counts.MaxBy(c => c.Value).Key]--;
        return counts.SelectMany(c => Enumerable.Repeat(c.Key, c.Value)).OrderBy(_ => random.Next()).ToArray();
    }

    private static List<(string Code, decimal Share)> Weights(DemoCommunity demo)
    {
        if (demo.Figure("hanPopulation") is not { } han) return [];
        var list = new List<(string, decimal)> { ("01", han) };
        if (demo.Figure("kazakhPopulation") is { } kazakh) list.Add(("17", kazakh));
        if (demo.Figure("uyghurPopulation") is { } uyghur) list.Add(("05", uyghur));
        if (demo.Figure("otherEthnicPopulation") is { } other)
        {
            var named = OtherGroupsOfYining.Take(Math.Max(0, (demo.EthnicGroups ?? 13) - list.Count)).ToList();
            var sum = named.Sum(n => n.Share);
            list.AddRange(named.Select(n => (n.Code, n.Share * other / sum)));
        }

        return list;
    }
}

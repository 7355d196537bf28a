namespace CommunityPlatform.CultureTeams.Seeding;

/// <summary>Names and phones for demo members from outside the registry (friends from a neighbouring community).</summary>
internal static class DemoGuests
{
    private static readonly string[] Family = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "孙"];
    private static readonly string[] Given = ["秀兰", "桂英", "玉梅", "丽华", "淑珍", "凤英", "红梅", "翠兰", "玉兰", "淑芬"];

    public static string Name(Random random) => Family[random.Next(Family.Length)] + Given[random.Next(Given.Length)];

    public static string Phone(Random random) => $"13{random.Next(0, 10)}{random.Next(10_000_000, 99_999_999)}";
}

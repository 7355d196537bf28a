namespace CommunityPlatform.MarketRegister.Seeding;

/// <summary>
/// Plausible names, numbers and codes for the demo's vendors and shops, the same on every run of a community; ID numbers
/// and credit codes carry the community's district code (<paramref name="division"/>, e.g. 620402 for 白银区).
/// </summary>
internal sealed class DemoPeople(string seed, string? division)
{
    private readonly string region = division ?? "340403";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "罗", "郑"];
    private static readonly string[] Male = ["建华", "志刚", "国强", "德明", "海军", "永生", "长江", "卫东", "庆丰", "学文"];
    private static readonly string[] Female = ["桂芳", "秀兰", "翠萍", "玉梅", "春华", "丽娟", "凤英", "素琴", "美玲", "晓红"];
    private static readonly string[] ShopWords = ["鑫源", "福满", "惠民", "永兴", "佳佳", "老街坊", "益康", "顺达", "兴旺", "好邻居"];
    private const string CodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public Random Random { get; } = new(seed.Aggregate(23, (h, c) => unchecked(h * 31 + c)));

    public (string Name, bool Male) Named()
    {
        var male = Random.Next(2) == 0;
        return (Surnames[Random.Next(Surnames.Length)] + (male ? Male : Female)[Random.Next(10)], male);
    }

    public string Person() => Named().Name;

    public string Mobile() => $"1{Random.Next(3, 9)}{Random.Next(0, 10)}{Random.Next(10_000_000, 99_999_999)}";

    public string ShopName(string trade) => ShopWords[Random.Next(ShopWords.Length)] + trade;

    /// <summary>An 18-character 统一社会信用代码 of an individual business (92…) registered in the city.</summary>
    public string CreditCode() => "92" + region + new string(Enumerable.Range(0, 10).Select(_ => CodeChars[Random.Next(CodeChars.Length)]).ToArray());

    /// <summary>An ID number of the district, with a birth date between 1960 and 1995 and the right check character and gender digit.</summary>
    public string IdNumber(bool male)
    {
        var born = new DateOnly(1960, 1, 1).AddDays(Random.Next(0, 35 * 365));
        var order = Random.Next(0, 50) * 2 + (male ? 1 : 0);
        var first17 = $"{region}{born:yyyyMMdd}{Random.Next(10, 99)}{order % 10}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        return first17 + "10X98765432"[first17.Select((c, i) => (c - '0') * weights[i]).Sum() % 11];
    }
}

namespace CommunityPlatform.GridManagement.Seeding;

/// <summary>Plausible names and phone numbers for the demo's grid staff, the same on every run of a community.</summary>
internal sealed class DemoNames(string seed)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"];
    private static readonly string[] Given = ["建国", "秀英", "志强", "桂兰", "海燕", "国庆", "丽华", "明", "静", "伟", "芳", "军", "红梅", "玉兰", "德胜", "淑珍", "晓东", "春燕", "文华", "爱民"];

    public Random Random { get; } = new(seed.Aggregate(17, (h, c) => unchecked(h * 31 + c)));

    public string Person() => Surnames[Random.Next(Surnames.Length)] + Given[Random.Next(Given.Length)];

    public string Mobile() => $"139{Random.Next(10_000_000, 99_999_999)}";
}

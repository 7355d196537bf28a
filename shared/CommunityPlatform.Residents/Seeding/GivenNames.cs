namespace CommunityPlatform.Residents.Seeding;

/// <summary>
/// Names a demo resident could have: given names by gender and by the decade of birth (a 建国 born in the 1950s, a
/// 梓涵 in the 2010s), and the Kazakh and Uyghur names of 塔城路's residents, written as their registration writes them
/// (given name · father's name). A man is never called 丽 or 艳, a woman never 强 or 军.
/// </summary>
internal static class GivenNames
{
    public static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"];

    private static readonly string[] OlderMen = ["建国", "国庆", "建华", "志强", "德胜", "卫东", "振华", "永生", "国强", "德明", "长江", "学文", "伟", "军", "强", "明", "华", "勇", "刚", "斌"];
    private static readonly string[] OlderWomen = ["秀英", "桂兰", "玉兰", "淑珍", "凤英", "秀兰", "桂英", "红梅", "丽华", "春燕", "海燕", "素琴", "翠萍", "玉梅", "芳", "敏", "静", "丽", "艳", "娟"];
    private static readonly string[] YoungerMen = ["磊", "涛", "杰", "超", "鹏", "浩", "宇", "晨", "俊杰", "浩然", "子豪", "宇轩", "博文", "梓轩", "一鸣", "文博", "思远", "明轩", "天佑", "嘉豪"];
    private static readonly string[] YoungerWomen = ["婷", "娜", "倩", "雪", "琳", "欣怡", "梓涵", "诗琪", "雨涵", "思雨", "佳怡", "可欣", "语嫣", "静怡", "紫萱", "梦瑶", "晓雯", "雅琪", "婉清", "子怡"];

    private static readonly string[] KazakhMen = ["努尔兰", "叶尔兰", "别克", "阿斯卡尔", "叶尔江", "哈力木拉提", "木拉提", "加恩斯", "巴合提亚尔", "达吾列提"];
    private static readonly string[] KazakhWomen = ["古丽娜尔", "阿依达娜", "巴汗", "加娜尔", "阿合兰", "萨乌丽", "玛依拉", "阿依努尔", "古丽巴哈尔", "哈丽旦"];
    private static readonly string[] UyghurMen = ["艾力", "买买提", "吐尔逊", "艾克拜尔", "热合曼", "阿不都拉", "艾山", "伊力哈木", "库尔班", "麦麦提明"];
    private static readonly string[] UyghurWomen = ["阿依古丽", "古丽米拉", "帕提古丽", "热依拉", "迪丽努尔", "努尔古丽", "阿依努尔", "再努尔", "米娜瓦尔", "祖丽菲亚"];

    /// <summary>A given name for someone of <paramref name="male"/> gender born in <paramref name="year"/>.</summary>
    public static string Han(Random random, bool male, int year)
    {
        var list = year < 1980 ? (male ? OlderMen : OlderWomen) : (male ? YoungerMen : YoungerWomen);
        return list[random.Next(list.Length)];
    }

    /// <summary>
    /// The whole name of a Kazakh (17) or Uyghur (05) resident, "given·father's", the father being
    /// <paramref name="father"/> where the family knows him; null for the groups that use Han names.
    /// </summary>
    public static string? Turkic(Random random, string ethnicity, bool male, string? father)
    {
        var (men, women) = ethnicity switch
        {
            "17" => (KazakhMen, KazakhWomen),
            "05" => (UyghurMen, UyghurWomen),
            _ => (null, null),
        };
        if (men is null || women is null) return null;
        var list = male ? men : women;
        return $"{list[random.Next(list.Length)]}·{father ?? men[random.Next(men.Length)]}";
    }

    /// <summary>The given name of a Turkic full name, to name the father in his children's names.</summary>
    public static string? GivenOf(string fullName) => fullName.Contains('·') ? fullName.Split('·')[0] : null;
}

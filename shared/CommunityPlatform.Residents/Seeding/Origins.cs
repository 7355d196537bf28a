namespace CommunityPlatform.Residents.Seeding;

/// <summary>
/// Where a demo family's ID numbers come from: the community's own district (its 行政区划代码, the usual first six
/// digits), or — for people registered elsewhere — a district people of that city typically come from. 欧风丽苑's
/// 新苏州人 come from northern Jiangsu, Anhui, Henan and Sichuan; 塔城路's from the rest of Ili, Xinjiang and Gansu.
/// </summary>
internal static class Origins
{
    private static readonly Dictionary<string, string[]> ElsewhereByProvince = new(StringComparer.Ordinal)
    {
        // Anhui (淮南): 凤台县, 寿县, 合肥瑶海区, 阜阳颍州区, 宿州埇桥区, 蚌埠龙子湖区
        ["34"] = ["340421", "340422", "340102", "341202", "341302", "340302"],
        // Gansu (白银): 白银平川区, 靖远县, 会宁县, 景泰县, 兰州城关区, 定西安定区, 天水秦州区
        ["62"] = ["620403", "620421", "620422", "620423", "620102", "621102", "620502"],
        // Xinjiang (伊宁): 伊宁县, 霍城县, 察布查尔, 奎屯市, 乌鲁木齐天山区, 喀什市, 甘肃武威凉州区
        ["65"] = ["654021", "654023", "654022", "654003", "650102", "653101", "620602"],
        // Jiangsu (苏州): 盐城亭湖区, 徐州云龙区, 宿迁宿城区, 阜阳颍州区, 商丘睢阳区, 南充顺庆区, 六安金安区, 周口川汇区
        ["32"] = ["320902", "320303", "321302", "341202", "411403", "511302", "341502", "411602"],
    };

    /// <summary>A district's code other than <paramref name="home"/>, where people moving to it often come from.</summary>
    public static string Elsewhere(string home, Random random) =>
        ElsewhereByProvince.TryGetValue(home[..2], out var list) ? list[random.Next(list.Length)] : "110101";
}

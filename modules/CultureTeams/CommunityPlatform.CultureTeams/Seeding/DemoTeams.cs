using CommunityPlatform.Seeding;

namespace CommunityPlatform.CultureTeams.Seeding;

/// <summary>The teams each report community names (000, 003, 004), and the themes of its points (002); meeting days and hours are typical ones.</summary>
internal static class DemoTeams
{
    public sealed record Plan(string Name, TeamKind Kind, string Category, DayOfWeek[] Days, int? FromHour, int Members);

    private static readonly DayOfWeek[] Daily = Enum.GetValues<DayOfWeek>();
    private static readonly DayOfWeek[] TueThu = [DayOfWeek.Tuesday, DayOfWeek.Thursday];
    private static readonly DayOfWeek[] MonWedFri = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday];
    private static readonly DayOfWeek[] Saturday = [DayOfWeek.Saturday];
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static readonly string[] ReadingGroupNames = ["书香", "墨韵", "晨读", "夕阳", "悦读", "知行", "明德", "启智", "红烛", "清风"];

    public static IReadOnlyList<Plan> For(string code, ModuleDemoFigures figures) => code switch
    {
        "tachenglu" =>
        [
            new("老年歌舞队", TeamKind.Culture, "歌舞", Daily, 9, 24),
            new("手工技能小组", TeamKind.Culture, "手工", TueThu, 15, 12),
            new("睦邻志愿服务队", TeamKind.Volunteer, "帮扶", [], null, 15),
        ],
        "xincun" => Xincun(figures),
        "oufengliyuan" =>
        [
            new("姐妹舞蹈队", TeamKind.Culture, "舞蹈", Daily, 19, 28),
            new("楼栋党小组志愿服务队", TeamKind.Volunteer, "文明创建", Saturday, 9, 18),
            new("欧风合唱团", TeamKind.Culture, "合唱", TueThu, 15, 22),
        ],
        "wuyijie" => [
            .. Enumerable.Range(1, figures.Int("vanguardTeams") ?? 6).Select(i => new Plan($"第{i}网格党员先锋队", TeamKind.Volunteer, "先锋队", Saturday, 9, 10 + i)),
            new("五一街合唱队", TeamKind.Culture, "合唱", TueThu, 15, 26),
            new("书画室", TeamKind.Culture, "书画", MonWedFri, 9, 14),
        ],
        _ =>
        [
            new("重华秧歌队", TeamKind.Culture, "秧歌", Daily, 19, 20),
            new("家电维修志愿服务队", TeamKind.Volunteer, "家电维修", Saturday, 9, 8),
        ],
    };

    private static IReadOnlyList<Plan> Xincun(ModuleDemoFigures figures)
    {
        var volunteer = new List<Plan>
        {
            new("城管志愿者队", TeamKind.Volunteer, "城管", Weekdays, 8, figures.Int("cityVolunteers") ?? 160),
            new("老党员治安巡逻队", TeamKind.Volunteer, "巡逻", Daily, 19, 18),
            new("护学岗志愿队", TeamKind.Volunteer, "护学", Weekdays, 7, 12),
            new("矛盾纠纷调解队", TeamKind.Volunteer, "调解", [], null, 8),
            new("文明创建志愿队", TeamKind.Volunteer, "文明创建", Saturday, 9, 15),
            new("困难帮扶志愿队", TeamKind.Volunteer, "帮扶", [], null, 10),
            new("家电维修服务队", TeamKind.Volunteer, "家电维修", Saturday, 9, 6),
            new("环境卫生志愿队", TeamKind.Volunteer, "环境卫生", Saturday, 8, 14),
            new("法律咨询志愿队", TeamKind.Volunteer, "法律咨询", [], null, 5),
            new("助老陪护志愿队", TeamKind.Volunteer, "助老", TueThu, 9, 11),
            new("关爱儿童志愿队", TeamKind.Volunteer, "关爱儿童", Saturday, 14, 9),
            new("文明交通劝导队", TeamKind.Volunteer, "交通劝导", Weekdays, 17, 10),
            new("义务理发服务队", TeamKind.Volunteer, "便民", [DayOfWeek.Wednesday], 9, 4),
        };
        var culture = new List<Plan>
        {
            new("新村合唱队", TeamKind.Culture, "合唱", TueThu, 15, 30),
            new("新村舞蹈队", TeamKind.Culture, "舞蹈", Daily, 19, 26),
            new("太极拳队", TeamKind.Sports, "太极", Daily, 7, 20),
            new("腰鼓队", TeamKind.Culture, "腰鼓", MonWedFri, 9, 18),
            new("老年书画班", TeamKind.Culture, "书画", TueThu, 9, 16),
            new("党员宣讲团", TeamKind.Culture, "宣讲", [], null, 9),
        };
        culture.AddRange(ReadingGroupNames.Take(figures.Int("readingGroups") ?? 10).Select(n => new Plan($"{n}读书小组", TeamKind.Culture, "读书", Saturday, 15, 8)));
        return [.. volunteer.Take(figures.Int("volunteerTeams") ?? 13), .. culture];
    }
}

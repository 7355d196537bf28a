using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace CommunityPlatform.EmploymentHelp.Reports;

/// <summary>The summary as a spreadsheet (指标, 数值), for the street's and city's monthly returns: counts only.</summary>
public sealed class SummarySheet(EmploymentReports reports) : IScopedService
{
    public async Task<(byte[] Content, string Name)> BuildAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var s = await reports.SummaryAsync(scope, from, to, ct);
        (string, object)[] lines =
        [
            (Lang.T("统计期", "Period"), $"{s.From:yyyy-MM-dd} — {s.To:yyyy-MM-dd}"), (Lang.T("社区数", "Communities"), s.Communities),
            (Lang.T("新增失业登记", "Job seekers registered"), s.JobSeekersNew), (Lang.T("注销失业登记", "Job seekers deregistered"), s.JobSeekersDeregistered),
            (Lang.T("期末在册失业人员", "Job seekers at the end"), s.JobSeekersRegistered), (Lang.T("就业困难人员", "Difficulty persons"), s.DifficultyPersons),
            (Lang.T("新认定零就业家庭", "Zero-employment recognised"), s.ZeroEmploymentNew), (Lang.T("零就业家庭清零", "Zero-employment cleared"), s.ZeroEmploymentCleared),
            (Lang.T("期末未清零", "Zero-employment open"), s.ZeroEmploymentOpen), (Lang.T("超期未清零", "Zero-employment overdue"), s.ZeroEmploymentOverdue),
            (Lang.T("安置就业人数", "People placed"), s.Placements), (Lang.T("就业率(%)", "Placement rate (%)"), s.PlacementRate.Percent),
            (Lang.T("应回访", "Follow-ups due"), s.FollowUpsDue), (Lang.T("已回访", "Follow-ups done"), s.FollowUpsDone),
            (Lang.T("6个月稳岗率(%)", "Retained at 6 months (%)"), s.RetainedAtSixMonths.Percent), (Lang.T("培训人次", "Trainees"), s.Trainees),
            (Lang.T("取证人数", "Certified"), s.Certified), (Lang.T("公益性岗位在岗", "Posts held"), s.PostsHeld), (Lang.T("90天内到期岗位", "Posts ending within 90 days"), s.PostsEndingSoon),
            (Lang.T("低保户数", "低保 households"), s.LowIncomeHouseholds), (Lang.T("低保人数", "低保 people"), s.LowIncomePeople),
            (Lang.T("走访慰问次数", "Visits"), s.Visits), (Lang.T("慰问金物(元)", "Aid (yuan)"), s.AidYuan), (Lang.T("爱心卡(张)", "Love cards"), s.LoveCards),
        ];
        var rows = lines.Select(l => new Dictionary<string, object?> { [Lang.T("指标", "Figure")] = l.Item1, [Lang.T("数值", "Value")] = l.Item2 })
            .Concat(s.DifficultyByCategory.Select(l => new Dictionary<string, object?> { [Lang.T("指标", "Figure")] = Lang.T($"困难人员：{l.Label}", $"Difficulty: {l.Label}"), [Lang.T("数值", "Value")] = l.Count }))
            .ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: Lang.T("就业帮扶统计", "Employment help"));
        return (stream.ToArray(), $"就业帮扶统计-{s.Scope}-{s.From:yyyyMMdd}-{s.To:yyyyMMdd}.xlsx");
    }
}

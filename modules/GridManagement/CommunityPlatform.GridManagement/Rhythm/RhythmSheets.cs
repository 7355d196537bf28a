using CommunityPlatform.Application;
using CommunityPlatform.Data.Auditing;
using CommunityPlatform.Modularity;
using CommunityPlatform.Web.Console;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace CommunityPlatform.GridManagement.Rhythm;

/// <summary>
/// The weekly report, the quarterly analysis and the yearly evaluation as workbooks, the figures of the page and the
/// API in the reader's language: the street asks for them as spreadsheets. Each export is audited like a ledger's.
/// </summary>
public sealed class RhythmSheets(ReportingRhythm rhythm, AuditTrail audit) : IScopedService
{
    public async Task<(byte[] Content, string FileName)> WeekAsync(DateOnly? day, CancellationToken ct)
    {
        var week = await rhythm.WeekAsync(day, ct);
        var sheets = new Dictionary<string, object>
        {
            [Lang.T("汇总", "Summary")] = new[]
            {
                Pair(Lang.T("巡查", "Patrols"), week.Patrols), Pair(Lang.T("发现问题", "Findings"), week.Findings),
                Pair(Lang.T("新增事件", "Events reported"), week.EventsReported), Pair(Lang.T("结案", "Closed"), week.EventsClosed),
                Pair(Lang.T("矛盾纠纷", "Disputes"), week.Disputes), Pair(Lang.T("走访", "Visits"), week.Visits),
            },
            [Lang.T("各网格", "By grid")] = Lines(week.Grids),
        };
        return await SaveAsync(sheets, Lang.T($"一周一报-{week.From:yyyyMMdd}-{week.To:yyyyMMdd}.xlsx", $"weekly-{week.From:yyyyMMdd}-{week.To:yyyyMMdd}.xlsx"), ct);
    }

    public async Task<(byte[] Content, string FileName)> QuarterAsync(int? year, int? quarter, CancellationToken ct)
    {
        var q = await rhythm.QuarterAsync(year, quarter, ct);
        var sheets = new Dictionary<string, object>
        {
            [Lang.T("汇总", "Summary")] = new[]
            {
                Pair(Lang.T("事件", "Events"), q.EventsReported), Pair(Lang.T("上季度事件", "Events last quarter"), q.PreviousQuarter),
                Pair(Lang.T("结案率（%）", "Closure (%)"), q.Closure.Percent), Pair(Lang.T("按时办结率（%）", "On time (%)"), q.OnTime.Percent),
                Pair(Lang.T("矛盾纠纷排查", "Disputes found"), q.Disputes.Found), Pair(Lang.T("矛盾纠纷调处", "Disputes mediated"), q.Disputes.Mediated),
                Pair(Lang.T("矛盾纠纷化解", "Disputes settled"), q.Disputes.Settled),
            },
            [Lang.T("按类别", "By kind")] = q.ByKind.Select(k => Row((Lang.T("类别", "Kind"), k.Label), (Lang.T("本季度", "This quarter"), k.Count), (Lang.T("上季度", "Last quarter"), k.Previous))).ToList(),
            [Lang.T("高发问题", "Most reported")] = q.FrequentMatters.Select(m => Row((Lang.T("问题", "Matter"), m.Label), (Lang.T("次数", "Times"), m.Count))).ToList(),
            [Lang.T("各网格", "By grid")] = Lines(q.Grids),
        };
        return await SaveAsync(sheets, Lang.T($"一季一析-{q.Year}年第{q.Quarter}季度.xlsx", $"quarterly-{q.Year}-Q{q.Quarter}.xlsx"), ct);
    }

    public async Task<(byte[] Content, string FileName)> YearAsync(int? year, CancellationToken ct)
    {
        var y = await rhythm.YearAsync(year, ct);
        List<Dictionary<string, object?>> Scores(IEnumerable<EvaluationLine> lines) => lines.Select(l => Row(
            (Lang.T("名称", "Name"), l.Label), (Lang.T("得分", "Score"), l.Score), (Lang.T("结案率（%）", "Closure (%)"), l.Closure.Percent),
            (Lang.T("按时率（%）", "On time (%)"), l.OnTime.Percent), (Lang.T("巡查覆盖率（%）", "Coverage (%)"), l.Coverage.Percent),
            (Lang.T("满意率（%）", "Satisfaction (%)"), l.Satisfaction.Percent))).ToList();
        var sheets = new Dictionary<string, object>
        {
            [Lang.T("网格", "Grids")] = Scores(y.Grids),
            [Lang.T("网格员", "Workers")] = Scores(y.Workers),
            [Lang.T("权重", "Weights")] = new[]
            {
                Pair(Lang.T("结案率", "Closure"), y.Weights.Closure), Pair(Lang.T("按时率", "On time"), y.Weights.OnTime),
                Pair(Lang.T("巡查覆盖率", "Coverage"), y.Weights.Coverage), Pair(Lang.T("满意率", "Satisfaction"), y.Weights.Satisfaction),
            },
        };
        return await SaveAsync(sheets, Lang.T($"一年一评-{y.Year}.xlsx", $"evaluation-{y.Year}.xlsx"), ct);
    }

    private async Task<(byte[] Content, string FileName)> SaveAsync(Dictionary<string, object> sheets, string name, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        // The file's name says which report in the exporter's language; the report's key would be English on the audit page.
        await audit.RecordAsync("Grid.RhythmExported", "Grid", name, ct);
        return (stream.ToArray(), name);
    }

    private static List<Dictionary<string, object?>> Lines(IEnumerable<GridPeriodLine> lines) => lines.Select(l => Row(
        (Lang.T("网格", "Grid"), l.Name), (Lang.T("编号", "Code"), l.Code), (Lang.T("巡查", "Patrols"), l.Patrols),
        (Lang.T("巡查覆盖率（%）", "Coverage (%)"), l.Coverage.Percent), (Lang.T("新增事件", "Events reported"), l.EventsReported),
        (Lang.T("结案", "Closed"), l.EventsClosed), (Lang.T("超期未办结", "Overdue"), l.OverdueInProgress), (Lang.T("走访", "Visits"), l.Visits))).ToList();

    private static Dictionary<string, object?> Pair(string item, object value) => Row((Lang.T("项目", "Item"), item), (Lang.T("数值", "Value"), value));

    private static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells) => cells.ToDictionary(c => c.Header, c => c.Value);
}

using CommunityPlatform.Web.Console;
using MiniExcelLibs;

namespace CommunityPlatform.Communities.Overview;

/// <summary>The overview's ranking table as a spreadsheet: a row per community, then the total; rates as percentages with their counts.</summary>
public static class OverviewExport
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(OverviewDto overview)
    {
        var figures = overview.Modules.SelectMany(m => m.Figures).ToList();
        Dictionary<string, object?> Row(string name, IReadOnlyDictionary<string, OverviewValueDto> values)
        {
            var row = new Dictionary<string, object?> { [Lang.T("社区", "Community")] = name };
            foreach (var f in figures)
                row[f.Title] = values.TryGetValue(f.Key, out var v) ? f.IsRate ? $"{v.Percent:0.0}% ({v.Count}/{v.Of})" : v.Count : "—";
            return row;
        }

        var rows = overview.Communities.Select(c => Row(c.Name, c.Values)).Append(Row(Lang.T("合计", "Total"), overview.Total)).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: Lang.T("辖区总览", "Overview"));
        return stream.ToArray();
    }
}

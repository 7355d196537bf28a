using System.Text;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>The figures of one run and the Markdown they become: each figure beside its baseline, ratio and target.</summary>
public sealed class Report
{
    public sealed record Row(string Section, string Figure, string Value, string Baseline, string Ratio, string Target, bool? Holds);

    private readonly List<Row> rows = [];
    private readonly List<(string Title, string Body)> details = [];

    public IReadOnlyList<Row> Rows => rows;

    public void Add(string section, string figure, string value, string baseline = "", string ratio = "", string target = "", bool? holds = null) =>
        rows.Add(new Row(section, figure, value, baseline, ratio, target, holds));

    public void Detail(string title, string body) => details.Add((title, body));

    public string ToMarkdown(SuiteOptions options, DateTime startedUtc, TimeSpan took)
    {
        var md = new StringBuilder();
        md.AppendLine("# Performance").AppendLine();
        md.AppendLine(options.Smoke
            ? "**Smoke run**: tiny data and one-second loads, to prove the harness still builds and runs. These figures mean nothing."
            : "Measured side by side in one run by `scripts/benchmark.sh` (issue 4). Every later change to the request path reruns it.");
        if (options.Partial) md.AppendLine().AppendLine($"**Partial run**: {string.Join(", ", options.Sections)} only.");
        md.AppendLine();
        md.AppendLine($"- Date: {startedUtc:yyyy-MM-dd HH:mm} UTC (the run took {took.TotalMinutes:0.0} min)");
        md.AppendLine($"- Machine: {Machine.Describe()}");
        md.AppendLine($"- Load: Debian's `wrk`, 1 thread, {options.Connections} connections, {options.Load.TotalSeconds:0} s per run after a {options.WarmUp.TotalSeconds:0} s warm-up of the same request (tiered JIT's steady state), from its own process; servers run as their own processes on loopback, SQLite in WAL mode with synchronous=NORMAL, logging at Warning for both");
        md.AppendLine($"- Data: {options.Residents} residents per community in the city runs; the large community has {options.BigResidents:N0} residents in {options.BigHouseholds:N0} households");
        md.AppendLine("- Why a target is missed, as measured, and what would fix it: [performance-notes.md](performance-notes.md)");
        md.AppendLine();
        md.AppendLine("| section | figure | value | baseline | ratio | target | holds |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in rows)
            md.AppendLine($"| {r.Section} | {r.Figure} | {r.Value} | {r.Baseline} | {r.Ratio} | {r.Target} | {(r.Holds is null ? "" : r.Holds.Value ? "yes" : "**no**")} |");
        md.AppendLine();
        foreach (var (title, body) in details)
        {
            md.AppendLine($"## {title}").AppendLine();
            md.AppendLine(body.TrimEnd()).AppendLine();
        }

        return md.ToString();
    }
}

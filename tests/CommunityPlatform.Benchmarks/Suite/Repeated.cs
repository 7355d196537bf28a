using System.Globalization;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// A figure measured once in each of several runs. On this 2-core machine, where <c>wrk</c> shares the cores with the
/// server, one run's ratio moves by a tenth or more from the next (issue 21 found 0.62 and 0.49 for the same list), so a
/// single run proves nothing near a target. The report shows the median and the spread of the runs, and a target holds
/// only when it holds in the worst run.
/// </summary>
public sealed class Repeated
{
    private sealed record Figure(string Section, string Name, string Unit, string Format, string Target, Func<double, bool>? Holds)
    {
        public List<(double Value, double? Baseline, bool Clean)> Runs { get; } = [];
    }

    private readonly List<Figure> figures = [];

    /// <summary>
    /// One run's value of a figure; with a baseline the target applies to the ratio value / baseline, without one to
    /// the value itself. A run that was not clean (errors under load) fails the target whatever its figures.
    /// </summary>
    public void Add(string section, string name, double value, double? baseline, string unit, string format = "0",
        string target = "", Func<double, bool>? holds = null, bool clean = true)
    {
        var figure = figures.FirstOrDefault(f => f.Section == section && f.Name == name);
        if (figure is null) figures.Add(figure = new Figure(section, name, unit, format, target, holds));
        figure.Runs.Add((value, baseline, clean));
    }

    public void WriteTo(Report report)
    {
        foreach (var f in figures)
        {
            var values = f.Runs.Select(r => r.Value).ToList();
            var baselines = f.Runs.Where(r => r.Baseline is not null).Select(r => r.Baseline!.Value).ToList();
            var ratios = f.Runs.Where(r => r.Baseline is > 0).Select(r => r.Value / r.Baseline!.Value).ToList();
            var judged = ratios.Count == f.Runs.Count ? ratios : values;
            bool? holds = f.Holds is null ? null : f.Runs.All(r => r.Clean) && judged.All(f.Holds);
            report.Add(f.Section, f.Name + (f.Runs.Count > 1 ? $" (median of {f.Runs.Count} runs, min–max)" : ""),
                Spread(values, f.Format, f.Unit), baselines.Count > 0 ? Spread(baselines, f.Format, f.Unit) : "",
                ratios.Count > 0 ? Spread(ratios, "0.00", "") : "", f.Target, holds);
        }
    }

    private static string Spread(IReadOnlyList<double> values, string format, string unit)
    {
        string Show(double v) => v.ToString(format, CultureInfo.InvariantCulture) + (unit.Length > 0 ? " " + unit : "");
        return values.Count == 1 ? Show(values[0]) : $"{Show(Median(values))} ({Show(values.Min())}–{Show(values.Max())})";
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

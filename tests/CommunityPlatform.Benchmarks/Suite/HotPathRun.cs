using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CommunityPlatform.Benchmarks.HotPath;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>Runs <see cref="HotPathBenchmarks"/> in this process (no generated project to build) and returns time and bytes per operation.</summary>
public static class HotPathRun
{
    public sealed record Result(string Name, double MeanNs, long AllocatedBytes);

    public static IReadOnlyList<Result> Run(bool smoke)
    {
        var job = (smoke ? Job.Dry : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "cp-benchmark-artifacts"));
        var summary = BenchmarkRunner.Run<HotPathBenchmarks>(config);
        return summary.Reports
            .Select(r => new Result(r.BenchmarkCase.Descriptor.WorkloadMethod.Name, r.ResultStatistics?.Mean ?? double.NaN,
                r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? -1))
            .ToList();
    }
}

using CommunityPlatform.Benchmarks.Bare;
using CommunityPlatform.Benchmarks.Suite;

// bare                        the baseline app (run by the suite as its own process)
// hotpath [--smoke]           BenchmarkDotNet on the request hot path only
// suite [--smoke] [--root .]  the whole set; writes docs/performance.md (smoke: docs/performance-smoke.md)
return args.FirstOrDefault() switch
{
    "bare" => await BareApp.RunAsync(args[1..]),
    "hotpath" => HotPathRun.Run(args.Contains("--smoke")).Count > 0 ? 0 : 1,
    "suite" => await new SuiteRunner(SuiteOptions.Parse(args[1..])).RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CommunityPlatform.Benchmarks bare | hotpath [--smoke] | suite [--smoke] [--root DIR] [--out FILE] [--scales 1,100,1000,10000] [--seconds 10]");
    return 2;
}

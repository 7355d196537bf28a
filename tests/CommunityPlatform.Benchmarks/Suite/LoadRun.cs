namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// One measured load of one request, warm-up included, as the runner does it for every section (<c>SuiteRunner.LoadAsync</c>):
/// the sections in files of their own get it as this delegate, so how a figure is taken stays in one place.
/// </summary>
public delegate Task<LoadResult> LoadRun(Uri url, IReadOnlyDictionary<string, string> headers, string? body = null, int? connections = null);

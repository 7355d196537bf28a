using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Data.Reports;

/// <summary>
/// The street's or the city's overview: every <see cref="IOverviewFigures"/> of the modules, asked once per database for
/// all the communities the account oversees there (the shared database: once), each community's values only where
/// its module is on; totals are sums, rates taken from them. A community account oversees nothing (403).
/// </summary>
public sealed class OverviewSweep(IServiceScopeFactory scopes, ICommunityDirectory directory, IModuleSwitches switches, ModuleCatalog catalog, RequestContext current,
    ILogger<OverviewSweep> logger)
{
    public static readonly ErrorCode NotOverseeing = new("Overview.StreetOrCityOnly", "只有街道和市级账号有辖区总览", "Only street and city accounts have an overview");

    public sealed record Module(string Name, string Title, string EnglishTitle, IReadOnlyList<OverviewFigure> Figures, IReadOnlyList<OverviewFigure> Trends);

    /// <summary>
    /// One community's row: values by figure key, only of the modules switched on there; none, and not
    /// <paramref name="Available"/>, when its own database could not be read (dropped or down).
    /// </summary>
    public sealed record Row(CommunityInfo Community, IReadOnlyDictionary<string, FigureValue> Values, bool Available = true);

    public sealed record Result(IReadOnlyList<Module> Modules, IReadOnlyList<Row> Rows, IReadOnlyDictionary<string, FigureValue> Total,
        IReadOnlyList<(DateOnly Month, string Key, long Value)> Trend);

    /// <summary>The communities the account oversees: its street's, or every one for the city.</summary>
    public IReadOnlyList<CommunityInfo> Overseen()
    {
        var access = current.Access ?? throw new UnauthorizedException(PlatformErrors.Unauthorized);
        IEnumerable<CommunityInfo> all = access.Kind switch
        {
            AccountKind.City => directory.All,
            AccountKind.Street or AccountKind.Display when access.StreetId is { } street => directory.OfStreet(street).Where(c => access.CanSee(c.Id)),
            _ => throw new ForbiddenException(NotOverseeing),
        };
        return all.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The big screen's feed: every module's newest lines (<see cref="IScreenFeed"/>) over the communities overseen, newest first.</summary>
    public async Task<IReadOnlyList<ScreenItem>> FeedAsync(int count, CancellationToken ct)
    {
        var lines = new List<ScreenItem>();
        foreach (var group in Overseen().GroupBy(c => c.Database))
        {
            await using var scope = scopes.CreateAsyncScope(group.First(), out var context);
            context.Access = current.Access;
            try
            {
                foreach (var source in scope.ServiceProvider.GetServices<IScreenFeed>())
                {
                    var on = group.Where(c => switches.IsEnabled(c.Id, source.Module)).ToList();
                    if (on.Count > 0) lines.AddRange(await source.LatestAsync(on, count, ct));
                }
            }
            catch (Exception e) when (group.Key is not null && OwnDatabases.Unreachable(e))
            {
                // The wall keeps showing the others' lines.
                OwnDatabases.LogUnreachable(logger, group.First().Code, e);
            }
        }

        return lines.OrderByDescending(l => l.At).Take(count).ToList();
    }

    public async Task<Result> ReadAsync(DateOnly firstMonth, CancellationToken ct)
    {
        var communities = Overseen();
        var values = communities.ToDictionary(c => c.Id, _ => new Dictionary<string, FigureValue>(StringComparer.Ordinal));
        var modules = new Dictionary<string, Module>(StringComparer.Ordinal);
        var trend = new Dictionary<(DateOnly, string), long>();
        var unavailable = new HashSet<Guid>();
        // One scope per database: the shared one for most, and one for each community on a database of its own.
        foreach (var group in communities.GroupBy(c => c.Database))
        {
            var groupTrend = new List<(DateOnly Month, string Key, long Value)>();
            try
            {
                await ReadGroupAsync(group.ToList(), values, modules, groupTrend, firstMonth, ct);
            }
            catch (Exception e) when (group.Key is not null && OwnDatabases.Unreachable(e))
            {
                // A community's own database gone or down: it is shown as unavailable, the others are summed.
                OwnDatabases.LogUnreachable(logger, group.First().Code, e);
                foreach (var community in group)
                {
                    values[community.Id].Clear();
                    unavailable.Add(community.Id);
                }

                continue;
            }

            foreach (var (month, key, value) in groupTrend)
                trend[(month, key)] = trend.GetValueOrDefault((month, key)) + value;
        }

        var ordered = catalog.Modules.Where(m => modules.ContainsKey(m.Info.Name)).Select(m => modules[m.Info.Name]).ToList();
        var total = new Dictionary<string, FigureValue>(StringComparer.Ordinal);
        foreach (var row in values.Values)
        foreach (var (key, value) in row)
            total[key] = total.GetValueOrDefault(key) + value;
        return new Result(ordered, communities.Select(c => new Row(c, values[c.Id], !unavailable.Contains(c.Id))).ToList(), total,
            trend.Select(t => (t.Key.Item1, t.Key.Item2, t.Value)).OrderBy(t => t.Item1).ToList());
    }

    private async Task ReadGroupAsync(IReadOnlyList<CommunityInfo> group, Dictionary<Guid, Dictionary<string, FigureValue>> values, Dictionary<string, Module> modules,
        List<(DateOnly Month, string Key, long Value)> trend, DateOnly firstMonth, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope(group[0], out var context);
        context.Access = current.Access;
        foreach (var source in scope.ServiceProvider.GetServices<IOverviewFigures>())
        {
            if (catalog.Find(source.Module) is not { } module) continue;
            modules.TryAdd(source.Module, new Module(source.Module, module.Info.Title, module.Info.EnglishTitle, source.Figures, source.Trends));
            var on = group.Where(c => module.Info.IsPlatform || switches.IsEnabled(c.Id, source.Module)).ToList();
            if (on.Count == 0) continue;
            var read = await source.ReadAsync(on, ct);
            foreach (var community in on)
            {
                var row = values[community.Id];
                var got = read.GetValueOrDefault(community.Id);
                foreach (var figure in source.Figures)
                    row[figure.Key] = got is not null && got.TryGetValue(figure.Key, out var value) ? value : default;
            }

            trend.AddRange(await source.TrendAsync(on, firstMonth, ct));
        }
    }
}

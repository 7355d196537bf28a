using System.Diagnostics;
using CommunityPlatform.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Data;

/// <summary>
/// SQLite's planner statistics counted in full once the host listens, and again every
/// <c>Platform:Database:AnalyzeEveryHours</c> (24). The start-up's <see cref="Migrator.RefreshStatisticsAsync"/> is
/// sampled (<c>analysis_limit</c>) to keep the start short, and a sample can mislead: in the benchmark, a community
/// whose 40,000 newest residents had no building recorded made the building index look no better than the community's,
/// so a grid worker's list of one building walked the whole community through the name index (54 requests/s instead of
/// 3,400; docs/performance-notes.md, decision 0009). The full count of the 10,000-community city takes ~0.2 s.
/// Each table is analysed on its own, so the file's write lock is held for one table at a time, and the pooled
/// connections are cleared after: a connection reads the statistics when it opens and keeps them while it lives.
/// Communities with a SQLite file of their own are counted too. MySQL and MariaDB keep their statistics themselves.
/// </summary>
public sealed partial class PlannerStatistics(DatabaseSettings settings, IServiceProvider services, FirstAnswer firstAnswer,
    IConfiguration configuration, ILogger<PlannerStatistics> logger) : BackgroundService
{
    /// <summary>When the statistics were last counted in full (null until the first count after start).</summary>
    public DateTimeOffset? CountedAt { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Provider != DatabaseProvider.Sqlite || !configuration.GetValue("Platform:Database:AnalyzeInBackground", true)) return;
        var every = TimeSpan.FromHours(Math.Max(1, configuration.GetValue("Platform:Database:AnalyzeEveryHours", 24)));
        if (!await firstAnswer.WaitAsync(stoppingToken)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CountAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The sampled statistics of the start stay; the next round tries again.
                LogFailed(logger, e);
            }

            try
            {
                await Task.Delay(every, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Analyses every table of every SQLite file in full, then lets every pooled connection reopen with the new figures.</summary>
    public async Task CountAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider != DatabaseProvider.Sqlite) return;
        var clock = Stopwatch.StartNew();
        var own = services.GetService<ICommunityDirectory>()?.All.Select(c => c.Database).OfType<string>() ?? [];
        var tables = 0;
        foreach (var database in own.Prepend(settings.ConnectionString).Distinct(StringComparer.Ordinal))
        {
            try
            {
                tables += await CountAsync(database, cancellationToken);
            }
            catch (SqliteException e) when (database != settings.ConnectionString)
            {
                // A community's own file that cannot be reached keeps its old statistics; the others are still counted.
                LogFailed(logger, e);
            }
        }

        SqliteConnection.ClearAllPools();
        CountedAt = DateTimeOffset.UtcNow;
        LogCounted(logger, tables, clock.ElapsedMilliseconds);
    }

    private static async Task<int> CountAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) tables.Add(reader.GetString(0));
        }

        await using (var limit = connection.CreateCommand())
        {
            limit.CommandText = "PRAGMA analysis_limit=0;";
            await limit.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var table in tables)
        {
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = $"ANALYZE \"{table.Replace("\"", "\"\"")}\";";
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return tables.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planner statistics counted in full: {Tables} tables in {Elapsed} ms")]
    private static partial void LogCounted(ILogger logger, int tables, long elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting the planner statistics in full failed; the sampled ones of the start stay")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

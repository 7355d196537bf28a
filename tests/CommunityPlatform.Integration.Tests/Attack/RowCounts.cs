using System.Data.Common;
using CommunityPlatform.Data.Kernel;
using CommunityPlatform.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: "never half a record saved" can only be checked from the database: a refused request must leave every table
// as it was. This counts the rows of every table of the suite's own database, on SQLite and on MariaDB alike,
// through the kernel context's connection to the shared database.

/// <summary>Row counts of every table of the host's shared database, except the bookkeeping that any request may write.</summary>
internal sealed class RowCounts(PlatformFactory<Program> factory)
{
    private IReadOnlyList<string>? tables;

    /// <summary>
    /// Tables a refused request may still write: the audit trail (a refusal may be audited), the outboxes (their
    /// delivery marks), seed runs and migration history. Everything else is a community's or the platform's data.
    /// </summary>
    public static bool IsBookkeeping(string table) =>
        table == AuditEntry.Table || table == SeedRun.Table || table.EndsWith("_Outbox", StringComparison.Ordinal)
        || table.StartsWith("__", StringComparison.Ordinal) || table.StartsWith("sqlite_", StringComparison.Ordinal);

    public async Task<IReadOnlyDictionary<string, long>> SnapshotAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<KernelDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        tables ??= await ListAsync(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', COUNT(*) FROM {Quote(t)}"));
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) counts[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1));
        return counts;
    }

    /// <summary>Waits (a bounded while) until every outbox has delivered or parked what it holds, so that a handler's writes land before the next count.</summary>
    public async Task DrainOutboxesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<KernelDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        var all = await ListAsync(connection, includeBookkeeping: true);
        var outboxes = all.Where(t => t.EndsWith("_Outbox", StringComparison.Ordinal)).ToList();
        if (outboxes.Count == 0) return;
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(" UNION ALL ", outboxes.Select(t =>
            $"SELECT COUNT(*) FROM {Quote(t)} WHERE {Quote(nameof(OutboxMessage.DeliveredAt))} IS NULL AND {Quote(nameof(OutboxMessage.ParkedAt))} IS NULL"));
        for (var i = 0; i < 100; i++)
        {
            long pending = 0;
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) pending += Convert.ToInt64(reader.GetValue(0));
            if (pending == 0) return;
            await Task.Delay(100);
        }
    }

    public static IEnumerable<string> Changed(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        before.Keys.Union(after.Keys)
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t} {before.GetValueOrDefault(t)}→{after.GetValueOrDefault(t)}");

    private string Quote(string name) => factory.OnMySql ? $"`{name}`" : $"\"{name}\"";

    private async Task<IReadOnlyList<string>> ListAsync(DbConnection connection, bool includeBookkeeping = false)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = factory.OnMySql
            ? "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        names.Count.ShouldBeGreaterThan(0, "the database lists no tables");
        return names.Where(n => includeBookkeeping || !IsBookkeeping(n)).Order(StringComparer.Ordinal).ToList();
    }
}

using System.Reflection;
using CommunityPlatform.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Data;

/// <summary>
/// Applies every module's migrations, kernel first, then in module order, each module with its own history table:
/// first the shared database, then the own database of every community that has one.
/// </summary>
public sealed class Migrator(IServiceProvider services, DatabaseSettings settings, StartupState state, ILogger<Migrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        PrepareSqlite(settings.ConnectionString);
        foreach (var database in services.GetServices<ModuleDatabase>())
            await MigrateAsync(database, community: null, cancellationToken);

        foreach (var community in services.GetRequiredService<ICommunityDirectory>().All.Where(c => c.Database is not null))
            await MigrateCommunityDatabaseAsync(community, cancellationToken);

        state.Migrated = true;
    }

    /// <summary>Brings a community's own database to the latest migration of every module whose rows belong to communities.</summary>
    public async Task MigrateCommunityDatabaseAsync(CommunityInfo community, CancellationToken cancellationToken = default)
    {
        PrepareSqlite(community.Database!);
        foreach (var database in services.GetServices<ModuleDatabase>().Where(d => d.HoldsCommunityData))
            await MigrateAsync(database, community, cancellationToken);
    }

    /// <summary>
    /// True when no module has a migration left to apply in the shared database. Asked at every start where migrating
    /// is not the host's job: it compares each module's migration ids (from its assembly) with its history table over
    /// the plain connection, so no EF Core model is built before the host answers — building them took most of the
    /// start-up (see docs/performance-notes.md); each model is built on its module's first request instead.
    /// </summary>
    public async Task<bool> IsUpToDateAsync(CancellationToken cancellationToken = default)
    {
        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            // Not the context itself: even asking a context for its connection builds its model (a trace put 0.9 s of
            // the start there), so the migrations are found on the provider subclass's type.
            var providerContext = database.ProviderContextType(settings.Provider) ?? ResolvedContextType(database);
            var applied = await AppliedAsync(database.HistoryTable, cancellationToken);
            if (MigrationIds(providerContext).Any(id => !applied.Contains(id))) return false;
        }

        return true;
    }

    private Type ResolvedContextType(ModuleDatabase database)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService(database.ContextType).GetType();
    }

    private static HashSet<string> MigrationIds(Type providerContext) =>
        providerContext.Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == providerContext)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    private async Task<HashSet<string>> AppliedAsync(string historyTable, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in PlainQuery.ReadAsync(settings, $"SELECT MigrationId FROM {PlainQuery.Quote(settings, historyTable)}", cancellationToken))
            applied.Add((string)row[0]);
        return applied;
    }

    private async Task MigrateAsync(ModuleDatabase database, CommunityInfo? community, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope(community);
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0) return;
        logger.LogInformation("Migrating {Module}{Community}: {Migrations}", database.TablePrefix, community is null ? "" : $" of {community.Code}", string.Join(", ", pending));
        await context.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Gives SQLite's planner row counts per index (<c>ANALYZE</c>, sampled: tens of milliseconds on 100,000 residents).
    /// Without them it reads a search by phone or ID number through the name index, to save the sort, and scans the
    /// whole community; with them it looks the one row up. MySQL and MariaDB keep their statistics themselves.
    /// Sampled, because it runs before the host listens; <see cref="PlannerStatistics"/> counts in full once it does.
    /// The pools are cleared after: a connection the seeders opened would otherwise plan without statistics as long as it lives.
    /// </summary>
    public async Task RefreshStatisticsAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider != DatabaseProvider.Sqlite) return;
        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA analysis_limit=400; ANALYZE;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        SqliteConnection.ClearAllPools();
    }

    // WAL lets readers go on while one writer writes; the journal mode is a property of the file, set once.
    private void PrepareSqlite(string connectionString)
    {
        if (settings.Provider != DatabaseProvider.Sqlite) return;
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:")
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}

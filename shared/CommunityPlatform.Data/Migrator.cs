using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Data;

/// <summary>Applies every module's migrations, kernel first, then in module order. Each module keeps its own history table.</summary>
public sealed class Migrator(IServiceProvider services, DatabaseSettings settings, StartupState state, ILogger<Migrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        PrepareSqlite();
        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0) continue;
            logger.LogInformation("Migrating {Module}: {Migrations}", database.TablePrefix, string.Join(", ", pending));
            await context.Database.MigrateAsync(cancellationToken);
        }

        state.Migrated = true;
    }

    /// <summary>True when no module has a migration left to apply.</summary>
    public async Task<bool> IsUpToDateAsync(CancellationToken cancellationToken = default)
    {
        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            if ((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any()) return false;
        }

        return true;
    }

    // WAL lets readers go on while one writer writes; the journal mode is a property of the file, set once.
    private void PrepareSqlite()
    {
        if (settings.Provider != DatabaseProvider.Sqlite) return;
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:")
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        using var connection = new SqliteConnection(settings.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}

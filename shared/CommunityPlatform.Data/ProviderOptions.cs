using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data;

/// <summary>The provider set-up shared by run time, design time and tests: each module's own history table, utf8mb4 on MySQL.</summary>
public static class ProviderOptions
{
    // Migrations are looked up in the provider context's own assembly (EF's default), which also works for plug-ins
    // that are loaded from a folder rather than referenced by the host.
    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder options, DatabaseSettings settings, ModuleDatabase database) =>
        settings.Provider switch
        {
            DatabaseProvider.MySql => options.UseMySql(settings.ConnectionString, settings.MySqlServerVersion!, mysql => mysql
                .MigrationsHistoryTable(database.HistoryTable)),
            _ => options.UseSqlite(settings.ConnectionString, sqlite => sqlite
                .MigrationsHistoryTable(database.HistoryTable)).AddInterceptors(settings.SqliteDurability),
        };

    /// <summary>utf8mb4 for every table and column, so Chinese names, <c>·</c> and emoji survive; applied by the platform conventions.</summary>
    public static ModelBuilder UseUtf8Mb4(this ModelBuilder modelBuilder) =>
        modelBuilder.HasCharSet("utf8mb4", DelegationModes.ApplyToAll).UseCollation("utf8mb4_unicode_ci", DelegationModes.ApplyToAll);
}

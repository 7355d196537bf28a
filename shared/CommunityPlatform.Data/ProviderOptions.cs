using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data;

/// <summary>The provider set-up shared by run time, design time and tests: each module's own history table, utf8mb4 on MySQL.</summary>
public static class ProviderOptions
{
    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder options, DatabaseSettings settings, ModuleDatabase database, string migrationsAssembly) =>
        settings.Provider switch
        {
            DatabaseProvider.MySql => options.UseMySql(settings.ConnectionString, settings.MySqlServerVersion!, mysql => mysql
                .MigrationsHistoryTable(database.HistoryTable)
                .MigrationsAssembly(migrationsAssembly)),
            _ => options.UseSqlite(settings.ConnectionString, sqlite => sqlite
                .MigrationsHistoryTable(database.HistoryTable)
                .MigrationsAssembly(migrationsAssembly)),
        };

    /// <summary>utf8mb4 for every table and column, so Chinese names, <c>·</c> and emoji survive; call from each MySQL context.</summary>
    public static ModelBuilder UseUtf8Mb4(this ModelBuilder modelBuilder) =>
        modelBuilder.HasCharSet("utf8mb4", DelegationModes.ApplyToAll).UseCollation("utf8mb4_unicode_ci", DelegationModes.ApplyToAll);
}

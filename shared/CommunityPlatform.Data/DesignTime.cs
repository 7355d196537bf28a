using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Data;

/// <summary>
/// What <c>dotnet ef</c> needs to build a provider context without a server: the run-time provider set-up on a
/// throwaway connection. A module declares one line per provider, e.g.
/// <c>public sealed class LibraryMySqlDesignFactory() : DesignFactory&lt;LibraryMySqlDbContext&gt;("Library", DatabaseProvider.MySql);</c>
/// </summary>
public abstract class DesignFactory<TContext>(string tablePrefix, DatabaseProvider provider) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var settings = provider == DatabaseProvider.MySql
            ? new DatabaseSettings
            {
                Provider = DatabaseProvider.MySql,
                ConnectionString = "Server=localhost;Database=design_time",
                DataFolder = ".",
                MySqlServerVersion = ServerVersion.Parse(DatabaseSettings.DefaultServerVersion),
            }
            : new DatabaseSettings { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:", DataFolder = "." };
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseProvider(settings, new ModuleDatabase(typeof(TContext), tablePrefix));
        // Every provider context takes only its options, the shape a context pool needs (decision 0020).
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}

namespace CommunityPlatform.Data;

/// <summary>Options for <c>dotnet ef</c>: the same provider set-up as at run time, without a server.</summary>
public static class DesignTime
{
    public static Microsoft.EntityFrameworkCore.DbContextOptions<TContext> Sqlite<TContext>(string tablePrefix) where TContext : Microsoft.EntityFrameworkCore.DbContext =>
        Options<TContext>(tablePrefix, new DatabaseSettings { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:", DataFolder = "." });

    public static Microsoft.EntityFrameworkCore.DbContextOptions<TContext> MySql<TContext>(string tablePrefix) where TContext : Microsoft.EntityFrameworkCore.DbContext =>
        Options<TContext>(tablePrefix, new DatabaseSettings
        {
            Provider = DatabaseProvider.MySql,
            ConnectionString = "Server=localhost;Database=design_time",
            DataFolder = ".",
            MySqlServerVersion = Microsoft.EntityFrameworkCore.ServerVersion.Parse(DatabaseSettings.DefaultServerVersion),
        });

    private static Microsoft.EntityFrameworkCore.DbContextOptions<TContext> Options<TContext>(string tablePrefix, DatabaseSettings settings) where TContext : Microsoft.EntityFrameworkCore.DbContext
    {
        var builder = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<TContext>();
        builder.UseProvider(settings, new ModuleDatabase(typeof(TContext), tablePrefix));
        return builder.Options;
    }
}

using MySqlConnector;

namespace CommunityPlatform.Testing;

/// <summary>A database of a community's own for a test: a SQLite file in the data folder, or a MariaDB database dropped afterwards.</summary>
public static class OwnDatabase
{
    public static string For<TEntryPoint>(PlatformFactory<TEntryPoint> factory, string code) where TEntryPoint : class => factory.OnMySql
        ? $"{PlatformFactory.MySqlServer};Database=cp_own_{code}"
        : $"Data Source={Path.Combine(factory.DataFolder, $"own-{code}.db")};Default Timeout=30";

    public static async Task DropAsync<TEntryPoint>(PlatformFactory<TEntryPoint> factory, string database) where TEntryPoint : class
    {
        if (factory.OnMySql) await PlatformFactory.DropAsync(new MySqlConnectionStringBuilder(database).Database);
    }
}

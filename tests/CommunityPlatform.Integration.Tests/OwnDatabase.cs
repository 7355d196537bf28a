using MySqlConnector;

namespace CommunityPlatform.Integration.Tests;

/// <summary>A database of a community's own for a test: a SQLite file in the data folder, or a MariaDB database dropped afterwards.</summary>
internal static class OwnDatabase
{
    public static string For(PlatformFactory factory, string code) => factory.OnMySql
        ? $"{PlatformFactory.MySqlServer};Database=cp_own_{code}"
        : $"Data Source={Path.Combine(factory.DataFolder, $"own-{code}.db")};Default Timeout=30";

    public static async Task DropAsync(PlatformFactory factory, string database)
    {
        if (factory.OnMySql) await PlatformFactory.DropAsync(new MySqlConnectionStringBuilder(database).Database);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CommunityPlatform.Data;

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}

/// <summary>
/// Where the data lives: <c>Platform:Database:Provider</c> (<c>Sqlite</c>, the default, or <c>MySql</c> for
/// MySQL/MariaDB) and <c>ConnectionStrings:Platform</c>. The data folder holds the SQLite file and key material:
/// <c>data/</c> under the working directory unless <c>Platform:DataFolder</c> says otherwise.
/// </summary>
public sealed class DatabaseSettings
{
    /// <summary>MariaDB 10.11 is what Debian 12 ships; <c>Platform:Database:ServerVersion</c> (e.g. <c>8.0.36-mysql</c>) says otherwise.</summary>
    public const string DefaultServerVersion = "10.11.0-mariadb";

    public required DatabaseProvider Provider { get; init; }
    public required string ConnectionString { get; init; }
    public required string DataFolder { get; init; }

    /// <summary>Given explicitly so that neither start-up nor design time asks the server.</summary>
    public ServerVersion? MySqlServerVersion { get; init; }

    /// <summary>SQLite only: <c>Platform:Database:SqliteSynchronous</c>, <c>Normal</c> (default) or <c>Full</c>.</summary>
    public SqliteDurability SqliteDurability { get; init; } = SqliteDurability.Normal;

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var folder = Path.GetFullPath(configuration["Platform:DataFolder"] is { Length: > 0 } configured ? configured : "data");
        var providerName = configuration["Platform:Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrEmpty(providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
            throw new InvalidOperationException($"Platform:Database:Provider '{providerName}' is neither Sqlite nor MySql.");

        var connection = configuration.GetConnectionString("Platform");
        if (provider == DatabaseProvider.MySql)
        {
            if (string.IsNullOrEmpty(connection))
                throw new InvalidOperationException("Platform:Database:Provider is MySql but ConnectionStrings:Platform is empty.");
            return new DatabaseSettings
            {
                Provider = provider,
                ConnectionString = connection,
                DataFolder = folder,
                MySqlServerVersion = ServerVersion.Parse(configuration["Platform:Database:ServerVersion"] is { Length: > 0 } v ? v : DefaultServerVersion),
            };
        }

        return new DatabaseSettings
        {
            Provider = provider,
            // Microsoft.Data.Sqlite retries a busy database until the command timeout, which gives writers from several contexts a fair wait.
            ConnectionString = string.IsNullOrEmpty(connection) ? SqliteFile(Path.Combine(folder, "platform.db")) : connection,
            DataFolder = folder,
            SqliteDurability = configuration["Platform:Database:SqliteSynchronous"] switch
            {
                null or "" or "Normal" or "normal" => SqliteDurability.Normal,
                "Full" or "full" => SqliteDurability.Full,
                var other => throw new InvalidOperationException($"Platform:Database:SqliteSynchronous '{other}' is neither Normal nor Full."),
            },
        };
    }

    public static string SqliteFile(string path) => $"Data Source={path};Default Timeout=30;Pooling=True";
}

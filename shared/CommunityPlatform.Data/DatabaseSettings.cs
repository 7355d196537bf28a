using Microsoft.Extensions.Configuration;

namespace CommunityPlatform.Data;

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}

/// <summary>
/// Where the data lives. The data folder holds the SQLite file and key material: <c>data/</c> under the working
/// directory unless <c>Platform:DataFolder</c> says otherwise.
/// </summary>
public sealed class DatabaseSettings
{
    public required DatabaseProvider Provider { get; init; }
    public required string ConnectionString { get; init; }
    public required string DataFolder { get; init; }

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var folder = Path.GetFullPath(configuration["Platform:DataFolder"] is { Length: > 0 } configured ? configured : "data");
        var provider = Enum.TryParse<DatabaseProvider>(configuration["Platform:Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;
        if (provider != DatabaseProvider.Sqlite)
            throw new NotSupportedException($"Database provider '{provider}' is not available in this build.");
        var connection = configuration.GetConnectionString("Platform") is { Length: > 0 } configuredConnection
            ? configuredConnection
            // Microsoft.Data.Sqlite retries a busy database until the command timeout, which gives writers from several contexts a fair wait.
            : $"Data Source={Path.Combine(folder, "platform.db")};Default Timeout=30;Pooling=True";
        return new DatabaseSettings { Provider = provider, ConnectionString = connection, DataFolder = folder };
    }
}

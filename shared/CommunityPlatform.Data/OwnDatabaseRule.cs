using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace CommunityPlatform.Data;

/// <summary>
/// Where a community's own database may lie, checked before anything is created or migrated: a connection string is
/// a path on the host's disk or an address on its network, so it must not reach files outside the data folder, another
/// server, the shared database or another community's database.
/// </summary>
public static class OwnDatabaseRule
{
    /// <returns>Why <paramref name="connectionString"/> is refused, or null when it may be used.</returns>
    public static string? Refusal(DatabaseSettings settings, string connectionString, IEnumerable<string> taken)
    {
        try
        {
            return settings.Provider == DatabaseProvider.Sqlite
                ? SqliteRefusal(settings, connectionString, taken)
                : MySqlRefusal(settings, connectionString, taken);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            return "The connection string cannot be read.";
        }
    }

    private static string? SqliteRefusal(DatabaseSettings settings, string connectionString, IEnumerable<string> taken)
    {
        var source = new SqliteConnectionStringBuilder(connectionString);
        if (source.Mode is SqliteOpenMode.Memory || string.IsNullOrWhiteSpace(source.DataSource) || source.DataSource == ":memory:"
            || source.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return "A community's SQLite database is a file in the data folder.";
        // SQLite resolves a relative path against the working directory, not the data folder: only a full path is judged.
        if (!Path.IsPathFullyQualified(source.DataSource)) return "Give the full path of the file under the data folder.";

        var path = SqlitePath(settings, connectionString);
        var folder = Path.TrimEndingDirectorySeparator(settings.DataFolder) + Path.DirectorySeparatorChar;
        if (!path.StartsWith(folder, StringComparison.Ordinal)) return "A community's SQLite database must lie under the data folder.";
        if (File.Exists(path) && new FileInfo(path).LinkTarget is not null) return "A community's SQLite database cannot be a link.";
        var others = taken.Append(settings.ConnectionString).Select(t => SqlitePath(settings, t));
        return others.Contains(path) ? "That file is the shared database or another community's." : null;
    }

    private static string SqlitePath(DatabaseSettings settings, string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource, settings.DataFolder);

    private static string? MySqlRefusal(DatabaseSettings settings, string connectionString, IEnumerable<string> taken)
    {
        var wanted = new MySqlConnectionStringBuilder(connectionString);
        var configured = new MySqlConnectionStringBuilder(settings.ConnectionString);
        if (!string.Equals(wanted.Server, configured.Server, StringComparison.OrdinalIgnoreCase) || wanted.Port != configured.Port)
            return "A community's database must be on the configured server.";
        if (string.IsNullOrWhiteSpace(wanted.Database)) return "Name the community's database.";
        var others = taken.Append(settings.ConnectionString).Select(t => new MySqlConnectionStringBuilder(t).Database);
        return others.Contains(wanted.Database, StringComparer.OrdinalIgnoreCase) ? "That database is the shared one or another community's." : null;
    }
}

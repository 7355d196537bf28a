using CommunityPlatform.Data;

namespace CommunityPlatform.Web.Hosting;

/// <summary>
/// On SQLite one host serves a data folder: a second one would bypass the first's write gate (decision 0010), keep
/// caches the first never tells of changes, and on a network share could corrupt the file. The serving host holds a lock
/// file open (exclusively) for its lifetime; the operating system lets it go when the process ends, however it ends.
/// The <c>migrate</c> and <c>seed</c> commands do not take it.
/// </summary>
internal static class DataFolderLock
{
    private static FileStream? held;

    /// <summary>Null when the folder is this host's (or the database is not SQLite); otherwise why it is not.</summary>
    public static string? Take(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite) return null;
        Directory.CreateDirectory(settings.DataFolder);
        var path = Path.Combine(settings.DataFolder, "host.lock");
        try
        {
            held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return null;
        }
        catch (IOException)
        {
            return $"Another host already serves the data folder {settings.DataFolder} on SQLite ({path} is held). "
                   + "SQLite serves one host: run several hosts on MariaDB (Platform:Database:Provider=MySql) with Platform:Cluster:Redis "
                   + "(README, 'Several hosts'; docs/decisions/0016-several-hosts.md), or give this host its own Platform:DataFolder.";
        }
    }
}

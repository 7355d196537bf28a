using CommunityPlatform.Data;

namespace CommunityPlatform.Web.Hosting;

/// <summary>
/// On SQLite one host serves a data folder: a second one would bypass the first's write gate (decision 0010), keep
/// caches the first never tells of changes, and on a network share could corrupt the file. The serving host holds a lock
/// file open (exclusively) until it stops; the operating system lets it go when the process ends, however it ends.
/// The <c>migrate</c> and <c>seed</c> commands do not take it. (Tests start one host after another on a folder in one
/// process: the lock is given back when a host stops, not only when the process ends.)
/// </summary>
internal static class DataFolderLock
{
    /// <returns>The held lock file (null when the database is not SQLite); null and <paramref name="refusal"/> when another host holds it.</returns>
    public static FileStream? Take(DatabaseSettings settings, out string? refusal)
    {
        refusal = null;
        if (settings.Provider != DatabaseProvider.Sqlite) return null;
        Directory.CreateDirectory(settings.DataFolder);
        var path = Path.Combine(settings.DataFolder, "host.lock");
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            refusal = $"Another host already serves the data folder {settings.DataFolder} on SQLite ({path} is held). "
                      + "SQLite serves one host: run several hosts on MariaDB (Platform:Database:Provider=MySql) with Platform:Cluster:Redis "
                      + "(README, 'Several hosts'; docs/decisions/0016-several-hosts.md), or give this host its own Platform:DataFolder.";
            return null;
        }
    }
}

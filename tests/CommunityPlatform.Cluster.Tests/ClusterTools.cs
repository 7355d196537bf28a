namespace CommunityPlatform.Cluster.Tests;

/// <summary>Where the servers a cluster needs are, and why the cluster tests are skipped where one cannot be had.</summary>
internal static class ClusterTools
{
    public static readonly string RepositoryRoot = FindRoot();

    public static string? RedisServer => Find("redis-server", "/usr/bin", "/usr/local/bin", "/usr/sbin");

    public static string? MariaDbServer => Find("mariadbd", "/usr/sbin", "/usr/bin", "/usr/local/bin");

    /// <summary>Null when a cluster can be started here; otherwise the sentence a skipped test shows.</summary>
    public static string? Missing =>
        RedisServer is null ? "redis-server is not installed (Debian's redis-server; .ci/run installs it as root): the cluster tests were skipped"
        : MariaDbServer is null ? "mariadbd is not installed (Debian's mariadb-server; .ci/run installs it as root): the cluster tests were skipped"
        : null;

    private static string? Find(string name, params string[] folders) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(folders)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CommunityPlatform.sln"))) return folder.FullName;
        throw new InvalidOperationException("The repository (CommunityPlatform.sln) is not above " + AppContext.BaseDirectory);
    }
}

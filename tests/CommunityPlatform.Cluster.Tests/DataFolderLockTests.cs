namespace CommunityPlatform.Cluster.Tests;

/// <summary>SQLite serves one host: a second host on the same data folder refuses to start, and says why.</summary>
public sealed class DataFolderLockTests
{
    [Fact]
    public async Task A_second_host_on_the_same_SQLite_data_folder_refuses_to_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cp-lock-" + Guid.NewGuid().ToString("N")[..8]);
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Platform__DataFolder"] = folder,
            ["Seed__Demo"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        try
        {
            await using var first = await HostInstance.StartAsync("first", settings);
            await using var second = await HostInstance.StartAsync("second", settings, waitUntilReady: false);

            (await second.ExitCodeAsync(TimeSpan.FromMinutes(2))).ShouldBe(1, second.Output);
            second.Output.ShouldContain("Another host already serves the data folder");
            first.HasExited.ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

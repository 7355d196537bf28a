using System.Diagnostics;
using System.Net;

namespace CommunityPlatform.Integration.Tests;

/// <summary>A module the host does not reference, built and dropped into a plug-in folder, works like any other.</summary>
public sealed class PluginTests
{
    [Fact]
    public async Task A_plugin_dropped_into_the_folder_appears_after_a_restart_and_is_switched_per_community()
    {
        var name = Guid.NewGuid().ToString("N")[..12];
        var plugins = Path.Combine(Path.GetTempPath(), "community-platform-tests", name + "-plugins");
        Directory.CreateDirectory(plugins);
        var settings = new Dictionary<string, string?> { ["Platform:PluginFolders:0"] = plugins };

        using (var before = new PlatformFactory<Program>(settings, name) { KeepData = true })
        {
            var modules = await (await LoggedInAdmin(before)).GetJsonAsync("/api/platform/modules");
            modules.AsArray().Select(m => m!.Str("name")).ShouldNotContain("Notices");
        }

        await BuildSampleInto(Path.Combine(plugins, "notices"));
        using var after = new PlatformFactory<Program>(settings, name);
        var admin = await LoggedInAdmin(after);

        var installed = (await admin.GetJsonAsync("/api/platform/modules")).AsArray();
        installed.Single(m => m!.Str("name") == "Notices")!.Str("title").ShouldBe("社区公告");

        admin.DefaultRequestHeaders.Add("X-Community", "xincun");
        await (await admin.GetAsync("/api/notices")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");
        (await admin.PutAsync("/api/platform/communities/xincun/modules/Notices", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var notices = (await admin.GetJsonAsync("/api/notices")).AsArray();
        notices.Single()!.Str("title").ShouldBe("欢迎使用社区公告");
        await admin.PostOkAsync("/api/notices", new { title = "停水通知", body = "明日9时至12时停水。" });
        (await admin.GetJsonAsync("/api/notices")).AsArray().Count.ShouldBe(2);

        admin.DefaultRequestHeaders.Remove("X-Community");
        admin.DefaultRequestHeaders.Add("X-Community", "chonghua");
        await (await admin.GetAsync("/api/notices")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");
        Directory.Delete(plugins, recursive: true);
    }

    private static async Task<HttpClient> LoggedInAdmin(PlatformFactory<Program> factory)
    {
        var client = factory.CreateClient();
        var token = await (await client.PostAsync("/api/account/token", JsonContent("""{"userName":"admin","password":"Test@2026!"}"""))).JsonAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));
        return client;
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>Builds the sample module with the configuration of this test run, as a developer would before copying it.</summary>
    private static async Task BuildSampleInto(string folder)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "CommunityPlatform.sln"))) root = root.Parent!;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var project = Path.Combine(root.FullName, "samples", "CommunityPlatform.Notices", "CommunityPlatform.Notices.csproj");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", configuration, "--no-dependencies", "--nologo", "-v", "q", "-o", folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("dotnet build did not start.");
        // Both streams are drained (a full stderr pipe would stall the build), and a build that hangs is killed, not left behind.
        var output = build.StandardOutput.ReadToEndAsync();
        var error = build.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await build.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            build.Kill(entireProcessTree: true);
            await build.WaitForExitAsync();
            throw new TimeoutException($"dotnet build of the sample did not finish in 5 minutes: {await output}{await error}");
        }

        build.ExitCode.ShouldBe(0, await output + await error);
    }
}

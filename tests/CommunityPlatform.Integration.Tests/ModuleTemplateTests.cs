using System.Diagnostics;
using System.Text;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// The module template cannot rot: a module is made from <c>templates/module</c> in a temporary copy of the repository,
/// with only the edits its README names outside its folder (the solution and one reference in the host), built, and
/// its own tests run — on SQLite, and on MariaDB in the MariaDB pass. Every process it starts is stopped on every path.
/// </summary>
public sealed class ModuleTemplateTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(12);
    private readonly string copy = Path.Combine(Path.GetTempPath(), "cp-template-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_module_made_from_the_template_builds_migrates_switches_and_passes_its_tests()
    {
        var root = RepositoryRoot();
        var listed = await RunAsync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root);
        listed.ExitCode.ShouldBe(0, listed.Output);
        var files = listed.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        files.ShouldContain("CommunityPlatform.sln");
        foreach (var file in files.Where(f => File.Exists(Path.Combine(root, f))))
        {
            var target = Path.Combine(copy, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(root, file), target);
        }

        var hive = Path.Combine(copy, ".template-hive");
        await ShouldSucceedAsync("dotnet", ["new", "install", "templates/module", "--debug:custom-hive", hive]);
        await ShouldSucceedAsync("dotnet", ["new", "cp-module", "-n", "Library", "--title-zh", "图书室", "--debug:custom-hive", hive]);
        string[] projects =
        [
            "modules/Library/CommunityPlatform.Library/CommunityPlatform.Library.csproj",
            "modules/Library/CommunityPlatform.Library.Contracts/CommunityPlatform.Library.Contracts.csproj",
            "modules/Library/CommunityPlatform.Library.Tests/CommunityPlatform.Library.Tests.csproj",
        ];
        await ShouldSucceedAsync("dotnet", ["sln", "CommunityPlatform.sln", "add", .. projects]);
        var host = Path.Combine(copy, "host/CommunityPlatform.Host/CommunityPlatform.Host.csproj");
        var reference = """<ProjectReference Include="../../modules/Library/CommunityPlatform.Library/CommunityPlatform.Library.csproj" />""";
        var text = File.ReadAllText(host);
        var at = text.IndexOf("<ProjectReference", StringComparison.Ordinal);
        File.WriteAllText(host, text.Insert(at, reference + Environment.NewLine + "    "));

        await ShouldSucceedAsync("dotnet", ["build", projects[2], "-c", "Release", "-nodeReuse:false", "--disable-build-servers"]);
        var tests = await RunAsync("dotnet", ["test", projects[2], "-c", "Release", "--no-build"], copy);

        tests.ExitCode.ShouldBe(0, tests.Output);
        tests.Output.ShouldContain("Passed!");
        tests.Output.ShouldContain("CommunityPlatform.Library.Tests.dll");
        File.ReadAllText(Path.Combine(copy, "modules/Library/CommunityPlatform.Library/LibraryModule.cs")).ShouldContain("图书室");
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(copy)) Directory.Delete(copy, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS.
        }
    }

    private async Task ShouldSucceedAsync(string file, string[] arguments)
    {
        var run = await RunAsync(file, arguments, copy);
        run.ExitCode.ShouldBe(0, $"{file} {string.Join(' ', arguments)}:\n{run.Output}");
    }

    /// <summary>Runs a command to its end, or kills it (with its children) when it outlasts <see cref="Patience"/>.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        // The test host's own MSBuild settings must not leak into a build of another tree.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        // Read whole, not line by line: a file list separated by NUL must reach the test as git wrote it.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CommunityPlatform.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }
}

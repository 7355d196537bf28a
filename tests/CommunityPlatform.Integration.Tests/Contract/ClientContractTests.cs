using System.Text.Json.Nodes;

namespace CommunityPlatform.Integration.Tests.Contract;

// Why: other systems of a city call the API through clients generated from /openapi/v1.json. The tools such a team
// uses — Redocly's linter, openapi-typescript with openapi-fetch, tsc --strict — are run here on the live document,
// so a change that breaks a generated client (an untyped body, a code typed as a bare string, PascalCase query
// parameters) fails the build. Node and the pinned packages (clients/typescript/package-lock.json) are needed:
// test.sh runs this Category=Client class only where `node` and the installed packages are, else counts it skipped.

/// <summary>The document as an outside team's tools see it, against the host on a real port.</summary>
[Trait("Category", "Client")]
public sealed class ClientContractTests(ClientContractTests.Host host) : IClassFixture<ClientContractTests.Host>
{
    /// <summary>One host on a real port for both tests, and its document saved where the tools read it.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private readonly PlatformFactory<Program> factory = new();

        public string Address { get; private set; } = "";

        public string DocumentPath { get; private set; } = "";

        public async Task InitializeAsync()
        {
            factory.UseKestrel(0);
            factory.StartServer();
            Address = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
            var generated = Directory.CreateDirectory(Path.Combine(NodeTool.Folder, "generated")).FullName;
            DocumentPath = Path.Combine(generated, "openapi.json");
            using var http = new HttpClient();
            await File.WriteAllTextAsync(DocumentPath, await http.GetStringAsync($"{Address}/openapi/v1.json"));
        }

        public async Task DisposeAsync() => await factory.DisposeAsync();
    }

    [Fact]
    public async Task The_document_passes_redoclys_recommended_rules_with_no_error_and_no_warning()
    {
        var (exitCode, output) = await NodeTool.RunAsync([NodeTool.Bin("@redocly/cli", "bin/cli.js"), "lint", "--config", "redocly.yaml", "--format", "json", host.DocumentPath]);

        var json = output[output.IndexOf('{')..(output.LastIndexOf('}') + 1)];
        var totals = JsonNode.Parse(json)!["totals"]!;
        (totals["errors"]!.GetValue<int>(), totals["warnings"]!.GetValue<int>()).ShouldBe((0, 0), output.Length > 4000 ? output[..4000] : output);
        exitCode.ShouldBe(0);
    }

    [Fact]
    public async Task A_generated_TypeScript_client_compiles_under_strict_and_signs_in_lists_creates_is_refused_with_a_typed_code_and_reads_a_report()
    {
        var generate = await NodeTool.RunAsync([NodeTool.Bin("openapi-typescript", "bin/cli.js"), host.DocumentPath, "-o", Path.Combine("generated", "api.ts")]);
        generate.ExitCode.ShouldBe(0, generate.Output);

        var compile = await NodeTool.RunAsync([NodeTool.Bin("typescript", "bin/tsc"), "-p", "tsconfig.json"]);
        compile.ExitCode.ShouldBe(0, compile.Output);

        var run = await NodeTool.RunAsync([Path.Combine("dist", "src", "contract-check.js")], new Dictionary<string, string>
        {
            ["CP_API"] = host.Address,
            ["CP_USER"] = "xincun-secretary",
            ["CP_PASSWORD"] = PlatformFactory.Password,
            ["CP_NEW_ID_NUMBER"] = TestIds.Next(),
        });
        run.ExitCode.ShouldBe(0, run.Output);
        var result = JsonNode.Parse(run.Output.Trim().Split('\n').Last())!;
        result["refused"]!.GetValue<string>().ShouldBe("Residents.IdNumberTaken");
        result["scope"]!.GetValue<string>().ShouldBe("community");
    }
}

using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace CommunityPlatform.Integration.Tests.Contract;

// Why: a client generated from the document breaks when an operation, a parameter, a success response, a schema
// property or an enum value it uses disappears. docs/api/openapi.snapshot holds all of them as the last release had
// them; this test fails when one is gone and the document's major version was not raised
// (docs/decisions/0014-api-versioning.md). Additions pass. After an intended change, refresh the snapshot with
// CP_REFRESH_CONTRACT=1 dotnet test tests/CommunityPlatform.Integration.Tests -c Release --filter FullyQualifiedName~ApiSnapshotTests

[Collection(PlatformCollection.Name)]
public sealed class ApiSnapshotTests(PlatformFixture platform, ITestOutputHelper output)
{
    private const string File_ = "docs/api/openapi.snapshot";
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public async Task Nothing_of_the_committed_snapshot_disappears_from_the_document_without_a_new_major_version()
    {
        var document = await platform.Anonymous().GetJsonAsync("/openapi/v1.json");
        var version = document["info"]!["version"]!.GetValue<string>();
        var current = Lines(document);
        var path = ContractFiles.PathOf(File_);
        if (ContractFiles.Refresh)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Render(version, current));
        }

        File.Exists(path).ShouldBeTrue($"{File_} is missing: run the test with CP_REFRESH_CONTRACT=1 to write it.");
        var snapshot = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var snapshotVersion = snapshot.First(l => l.StartsWith("version ", StringComparison.Ordinal))["version ".Length..];
        var gone = snapshot.Where(l => !l.StartsWith("version ", StringComparison.Ordinal)).Except(current).ToList();
        var added = current.Except(snapshot).ToList();
        if (added.Count > 0) output.WriteLine($"New since the snapshot (fine; refresh it when released):\n{string.Join("\n", added)}");

        if (Major(version) > Major(snapshotVersion))
        {
            output.WriteLine($"The major version went from {snapshotVersion} to {version}: removals allowed; refresh the snapshot.");
            return;
        }

        gone.ShouldBeEmpty($"These left the document while its version stayed {version} (snapshot {snapshotVersion}): keep them, move the "
            + "change to a new path (…/v2/…), or raise PlatformOpenApi.Version's major and refresh the snapshot (docs/decisions/0014-api-versioning.md).");
    }

    private static int Major(string version) => int.Parse(version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What a generated client depends on, one fact a line.</summary>
    internal static SortedSet<string> Lines(JsonNode document)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var method in Methods)
        {
            if (item![method] is not JsonObject operation) continue;
            var name = $"{method.ToUpperInvariant()} {path}";
            lines.Add($"operation {name} {operation["operationId"]}");
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
                lines.Add($"parameter {name} {parameter!["in"]} {parameter["name"]}");
            foreach (var (status, _) in operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')))
                lines.Add($"response {name} {status}");
        }

        foreach (var (schema, node) in document["components"]?["schemas"]?.AsObject() ?? [])
        {
            foreach (var (property, _) in node!["properties"]?.AsObject() ?? [])
                lines.Add($"property {schema}.{property}");
            foreach (var value in node["enum"]?.AsArray() ?? [])
                if (value is not null) lines.Add($"value {schema}.{value}");
        }

        return lines;
    }

    private static string Render(string version, IEnumerable<string> lines) =>
        "# What clients generated from /openapi/v1.json depend on: operations (with operationId), parameters, success\n"
        + "# responses, schema properties and enum values. ApiSnapshotTests fails when a line disappears while the\n"
        + "# document's major version stays; additions are fine. Refresh after an intended change (docs/decisions/0014-api-versioning.md):\n"
        + "# CP_REFRESH_CONTRACT=1 dotnet test tests/CommunityPlatform.Integration.Tests -c Release --filter FullyQualifiedName~ApiSnapshotTests\n"
        + $"version {version}\n"
        + string.Join("\n", lines) + "\n";
}

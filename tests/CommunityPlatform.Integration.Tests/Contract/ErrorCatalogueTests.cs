using System.Text;
using CommunityPlatform.Web.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests.Contract;

// Why: a client's team reads which codes exist and what each means in docs/errors.md; the list is generated from the
// ErrorCode fields of the kernel and every installed module (statuses read from the code), and this test fails when
// the committed file and the code part ways. CP_REFRESH_CONTRACT=1 rewrites the file.

[Collection(PlatformCollection.Name)]
public sealed class ErrorCatalogueTests(PlatformFixture platform)
{
    private const string File_ = "docs/errors.md";

    [Fact]
    public void Docs_errors_md_lists_every_error_code_of_the_code_with_its_status_and_titles()
    {
        var catalogue = platform.Factory.Services.GetRequiredService<ErrorCatalog>();
        var expected = Render(catalogue);
        var path = ContractFiles.PathOf(File_);
        if (ContractFiles.Refresh) File.WriteAllText(path, expected);

        File.Exists(path).ShouldBeTrue($"{File_} is missing: run the test with CP_REFRESH_CONTRACT=1 to write it.");
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(expected, $"{File_} is out of step with the code: run the test with CP_REFRESH_CONTRACT=1 and commit the file.");
    }

    [Fact]
    public void Every_code_the_document_can_answer_is_in_the_catalogue_and_every_code_of_the_API_has_a_status()
    {
        var catalogue = platform.Factory.Services.GetRequiredService<ErrorCatalog>();

        catalogue.Entries.Select(e => e.Code).ShouldBeUnique();
        catalogue.Entries.ShouldContain(e => e.Code == "Concurrency.Stale" && e.Statuses.SequenceEqual(new[] { 409 }));
        catalogue.Entries.ShouldContain(e => e.Code == "Account.InvalidCredentials" && e.Statuses.Contains(401));
        catalogue.Entries.ShouldAllBe(e => e.Title.Length > 0 && e.EnglishTitle.Length > 0 && e.Meaning.Length > 0);
    }

    internal static string Render(ErrorCatalog catalogue)
    {
        var text = new StringBuilder();
        text.Append("# Error codes · 错误码\n\n");
        text.Append("Every `code` a ProblemDetails answer of the API can carry, generated from the code (the `ErrorCode` fields of the kernel\n");
        text.Append("and of every installed module; the statuses are those the code answers each one with). Do not edit by hand:\n");
        text.Append("`tests/CommunityPlatform.Integration.Tests/Contract/ErrorCatalogueTests.cs` fails when this file and the code differ;\n");
        text.Append("refresh it with\n\n");
        text.Append("```\nCP_REFRESH_CONTRACT=1 dotnet test tests/CommunityPlatform.Integration.Tests -c Release --filter FullyQualifiedName~ErrorCatalogueTests\n```\n\n");
        text.Append("The OpenAPI document lists, per operation and status, the codes that operation can answer (`code` as an enum).\n");
        text.Append("`title` is the Chinese title, or the English one with `Accept-Language: en`. A status of — means the code is not\n");
        text.Append("answered by the API (a page, an import row or a warning uses it).\n\n");
        text.Append("| Code | Status | 中文 | English | Meaning | Defined in |\n|---|---|---|---|---|---|\n");
        foreach (var entry in catalogue.Entries)
        {
            var statuses = entry.Statuses.Count == 0 ? "—" : string.Join(", ", entry.Statuses);
            text.Append($"| `{entry.Code}` | {statuses} | {Cell(entry.Title)} | {Cell(entry.EnglishTitle)} | {Cell(entry.Meaning)} | {entry.DefinedIn} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CommunityPlatform.Integration.Tests.Contract;

// Why: the rules every operation of every module keeps in /openapi/v1.json — checked on the live document, so a new
// module's operations are held to them without a test of their own. The kernel's transformers derive all of it from
// endpoint metadata and the code (shared/CommunityPlatform.Web/OpenApi).

[Collection(PlatformCollection.Name)]
public sealed partial class ApiDocumentTests(PlatformFixture platform)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private async Task<JsonNode> DocumentAsync() => await platform.Anonymous().GetJsonAsync("/openapi/v1.json");

    private static IEnumerable<(string Name, JsonObject Operation)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from method in Methods
        where path.Value![method] is JsonObject
        select ($"{method.ToUpperInvariant()} {path.Key}", path.Value![method]!.AsObject());

    [Fact]
    public async Task Every_operation_has_a_summary_a_unique_camelCase_operationId_a_described_tag_and_its_security()
    {
        var document = await DocumentAsync();
        var tags = document["tags"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["description"]?.GetValue<string>());
        var ids = new HashSet<string>();

        foreach (var (name, operation) in Operations(document))
        {
            operation["summary"].ShouldNotBeNull(name).GetValue<string>().ShouldNotBeNullOrWhiteSpace(name);
            var id = operation["operationId"]!.GetValue<string>();
            CamelCase().IsMatch(id).ShouldBeTrue($"{name}: {id}");
            ids.Add(id).ShouldBeTrue($"{name}: {id} twice");
            var tag = operation["tags"]!.AsArray().ShouldHaveSingleItem()!.GetValue<string>();
            tags.GetValueOrDefault(tag).ShouldNotBeNullOrWhiteSpace($"{name}: tag {tag} has no description");
            var security = operation["security"].ShouldBeOfType<JsonArray>(name);
            operation["x-public"].ShouldBeNull(name);
            // Public: an empty list (AnonymousAccessTests keeps which ones may be); otherwise the bearer scheme.
            if (name is "POST /api/account/token") security.ShouldBeEmpty(name);
            else if (security.Count > 0) security.ShouldHaveSingleItem(name)!["Bearer"].ShouldNotBeNull(name);
        }

        document["servers"]!.AsArray().ShouldAllBe(s => !s!["url"]!.GetValue<string>().EndsWith('/'));
    }

    [Fact]
    public async Task Query_parameters_are_camelCase_paging_is_page_and_pageSize_and_bodies_are_JSON()
    {
        var document = await DocumentAsync();

        foreach (var (name, operation) in Operations(document))
        {
            var query = (operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>()).ToList();
            query.ShouldAllBe(q => char.IsLower(q[0]), name);
            query.ShouldNotContain("skip", name);
            if (query.Contains("page")) query.ShouldContain("pageSize", name);
            if (operation["requestBody"]?["content"] is JsonObject body)
                body.Select(c => c.Key).ShouldAllBe(type => type == "application/json" || type == "multipart/form-data", name);
            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')))
                (response!["content"]?.AsObject().Select(c => c.Key) ?? []).ShouldNotContain("text/plain", $"{name} {status}");
        }

        var people = document["paths"]!["/api/residents/people"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
        people.ShouldContain("name");
        people.ShouldContain("page");
    }

    [Fact]
    public async Task Every_error_answer_is_a_ProblemDetails_whose_code_is_an_enum_of_the_codes_that_operation_can_give()
    {
        var document = await DocumentAsync();
        var problem = document["components"]!["schemas"]!["ProblemDetails"]!;
        var properties = problem["properties"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var property in new[] { "code", "title", "status", "errors" }) properties.ShouldContain(property);
        problem["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["code", "title", "status"], ignoreOrder: true);

        foreach (var (name, operation) in Operations(document))
        foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
        {
            var schema = response!["content"]!["application/problem+json"]!["schema"]!["allOf"]!.AsArray();
            schema[0]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/ProblemDetails");
            schema[1]!["properties"]!["code"]!["enum"]!.AsArray().ShouldNotBeEmpty($"{name} {status}");
        }

        var token = document["paths"]!["/api/account/token"]!["post"]!;
        token["responses"]!.AsObject().Select(r => r.Key).ShouldNotContain("409");
        token["responses"]!["401"]!["content"]!["application/problem+json"]!["schema"]!["allOf"]![1]!["properties"]!["code"]!["enum"]!.AsArray()
            .Select(c => c!.GetValue<string>()).ShouldContain("Account.InvalidCredentials");
        var body = token["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().Split('/').Last();
        document["components"]!["schemas"]![body]!["properties"]!.AsObject().Select(p => p.Key)
            .ShouldBe(["accessToken", "expiresAt", "mustChangePassword"], ignoreOrder: true);

        // 409 only where a concurrency stamp is taken or a duplicate can be refused; 401 only where an account is needed.
        var people = document["paths"]!["/api/residents/people"]!;
        people["get"]!["responses"]!.AsObject().Select(r => r.Key).ShouldNotContain("409");
        people["post"]!["responses"]!["409"]!["content"]!["application/problem+json"]!["schema"]!["allOf"]![1]!["properties"]!["code"]!["enum"]!.AsArray()
            .Select(c => c!.GetValue<string>()).ShouldContain("Residents.IdNumberTaken");
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();
}

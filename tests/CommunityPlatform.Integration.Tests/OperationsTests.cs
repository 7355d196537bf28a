using System.Net;
using System.Text.Json.Nodes;

namespace CommunityPlatform.Integration.Tests;

[Collection(PlatformCollection.Name)]
public sealed class OperationsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Health_is_live_and_ready_after_migrations_and_seeding()
    {
        var client = platform.Anonymous();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_API_description_documents_the_bearer_scheme_and_error_answers()
    {
        var document = await platform.Anonymous().GetJsonAsync("/openapi/v1.json");

        document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
        var create = document["paths"]!["/api/residents/people"]!["post"]!;
        create["responses"]!.AsObject().Select(r => r.Key).ShouldBe(["201", "400", "401", "403", "404", "409", "415", "503"], ignoreOrder: true);
        create["security"]!.AsArray().Count.ShouldBe(1);
        document["paths"]!["/api/account/token"]!["post"]!["security"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_reference_page_is_served()
    {
        var response = await platform.Anonymous().GetAsync("/scalar/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("openapi");
    }

    [Fact]
    public async Task Every_endpoint_of_the_API_description_answers_401_without_an_account_unless_public()
    {
        var document = await platform.Anonymous().GetJsonAsync("/openapi/v1.json");
        var client = platform.Anonymous();
        var checkedCount = 0;

        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            if (operation!["security"] is JsonArray { Count: 0 }) continue;
            var url = System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", Guid.NewGuid().ToString());
            var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
            if (method is "post" or "put") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

            var response = await client.SendAsync(request);

            await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
            checkedCount++;
        }

        checkedCount.ShouldBeGreaterThan(25);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var client = platform.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwiaXNzIjoiQ29tbXVuaXR5UGxhdGZvcm0iLCJhdWQiOiJDb21tdW5pdHlQbGF0Zm9ybSJ9.c2lnbmF0dXJl");

        await (await client.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
    }

    [Fact]
    public async Task An_unknown_route_answers_a_problem_not_a_blank_page()
    {
        var admin = await platform.AdminAsync();

        await (await admin.GetAsync("/api/nothing/here")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Request.NotFound");
    }

    [Fact]
    public async Task The_installed_modules_are_listed_with_their_titles()
    {
        var modules = (await (await platform.AdminAsync()).GetJsonAsync("/api/platform/modules")).AsArray();

        new[] { "Communities", "Identity", "Residents", "PartyOrganization", "GridManagement" }.ShouldBeSubsetOf(modules.Select(m => m!.Str("name")));
        modules.Single(m => m!.Str("name") == "PartyOrganization")!.Str("title").ShouldBe("党组织");
        modules.Single(m => m!.Str("name") == "Residents")!["isPlatform"]!.GetValue<bool>().ShouldBeTrue();
        modules.Cast<JsonNode>().All(m => m.Str("englishTitle").Length > 0).ShouldBeTrue();
    }
}

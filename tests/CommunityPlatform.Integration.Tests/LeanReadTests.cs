using CommunityPlatform.Integration.Tests.Attack;
using CommunityPlatform.Web.Api;
using Xunit.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests;

// Why: the API's GET actions are served by a lean handler instead of MVC's invoker (issue 21, decision 0019), and a
// client must not be able to tell. These tests walk every GET of the OpenAPI document — a module added later too — as a
// secretary, a street and the city, with plain, paged and malformed queries, and ask each URL of the same host twice:
// lean, then through MVC. Status, content type and body must be the same bytes.

public sealed class LeanReadTests(ITestOutputHelper output) : IDisposable
{
    private const string Community = "chonghua";
    // A host of its own: the test turns the lean reads off and on, which the shared host's other tests must not see.
    private readonly PlatformFixture platform = new();

    public void Dispose() => platform.Dispose();

    [Fact]
    public async Task The_registry_s_reads_are_served_lean_and_the_reports_by_MVC()
    {
        // The endpoints (and their delegates) are made when routing first needs them.
        (await platform.Anonymous().GetAsync("/health/live")).EnsureSuccessStatusCode();
        var reads = platform.Factory.Services.GetRequiredService<LeanReads>();
        reads.Served.ShouldContain(a => a.Contains("PeopleController.Search"), string.Join("\n", reads.KeptByMvc.Select(k => $"{k.Key}: {k.Value}")));
        reads.Served.ShouldContain(a => a.Contains("PeopleController.Get"));
        // Most reads are plain lists and records; reports (SummedReport), files and IActionResult answers stay with MVC.
        reads.Served.Count.ShouldBeGreaterThan(reads.KeptByMvc.Count, string.Join("\n", reads.KeptByMvc.Select(k => $"{k.Key}: {k.Value}")));
        reads.KeptByMvc.ShouldContain(k => k.Value.Contains("report"));
        output.WriteLine($"{reads.Served.Count} GET actions lean, {reads.KeptByMvc.Count} through MVC:");
        foreach (var (action, reason) in reads.KeptByMvc.OrderBy(k => k.Value)) output.WriteLine($"  {action}: {reason}");
    }

    [Fact]
    public async Task Every_GET_answers_the_same_bytes_lean_and_through_MVC()
    {
        var reads = platform.Factory.Services.GetRequiredService<LeanReads>();
        var anonymous = platform.Anonymous();
        var api = OpenApiDocument.Parse(await anonymous.GetJsonAsync("/openapi/v1.json"));
        var secretary = await platform.SecretaryOfAsync(Community);
        var street = await platform.SignInAsync("renminlu-supervisor", community: Community);
        var city = await platform.AdminAsync(Community);
        var pool = await IdPool.HarvestAsync(api, [(secretary, _ => true), (city, o => o.IsCommunityScoped)], Community);

        var findings = new List<string>();
        var unsteady = new List<string>();
        var compared = 0;
        foreach (var operation in api.Operations.Where(o => o.IsGet && !o.Path.EndsWith(".xlsx", StringComparison.Ordinal)))
        {
            var url = IdPool.Fill(operation.Path, p => p == "community" ? Community : pool.PathCandidates(operation, p).FirstOrDefault());
            if (url is null) continue;
            foreach (var (client, who) in new[] { (secretary, "secretary"), (street, "street"), (city, "city") })
            foreach (var query in who == "secretary" ? Queries(operation) : [""])
            {
                reads.Enabled = true;
                var lean = await AnswerAsync(client, url + query);
                reads.Enabled = false;
                var mvc = await AnswerAsync(client, url + query);
                if (lean == mvc)
                {
                    compared++;
                    continue;
                }

                // An answer that differs from itself (a fresh stamp on unsaved settings) says nothing about the handler.
                reads.Enabled = true;
                if (await AnswerAsync(client, url + query) != lean)
                {
                    unsteady.Add($"{who} GET {url}{query}");
                    continue;
                }

                findings.Add($"{who} GET {url}{query}:\n  lean {Around(lean, mvc)}\n  mvc  {Around(mvc, lean)}");
            }
        }

        reads.Enabled = true;
        output.WriteLine($"{compared} answers the same, {unsteady.Count} differing from themselves: {string.Join(", ", unsteady)}");
        compared.ShouldBeGreaterThan(500);
        findings.ShouldBeEmpty();
        unsteady.Count.ShouldBeLessThan(10, string.Join("\n", unsteady));
    }

    /// <summary>A plain ask, then what a client might send: paging, each query parameter with a plain and a malformed value, MVC's prefixed form.</summary>
    private static IEnumerable<string> Queries(ApiOperation operation)
    {
        yield return "";
        var parameters = operation.QueryParameters.ToList();
        if (parameters.Count == 0) yield break;
        if (parameters.Any(p => p.Name == "pageSize"))
        {
            yield return "?page=2&pageSize=5";
            yield return "?page=abc";
            yield return "?pageSize=0";
            yield return "?page=1&page=2";
            yield return "?query.page=2";
            yield return "?PAGESIZE=3";
        }

        foreach (var parameter in parameters.Where(p => p.Name is not ("page" or "pageSize")))
        {
            var schema = parameter.Schema;
            string[] values = schema.IsEnum ? [schema.Enum[0], schema.Enum[0].ToLowerInvariant(), "Bogus", "1"]
                : schema.IsUuid ? [Guid.NewGuid().ToString(), "not-a-guid"]
                : schema.Type is "integer" ? ["1", "-1", "x"]
                : schema.Type is "boolean" ? ["true", "False", "yes"]
                : schema.IsDate ? ["2026-11-30", "30/11/2026"]
                : ["王", "%00", "", new string('x', 300)];
            foreach (var value in values)
                yield return $"?{parameter.Name}={(value == "%00" ? value : Uri.EscapeDataString(value))}";
        }
    }

    private static async Task<string> AnswerAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        // The request log's trace id differs per request and is not the handler's doing.
        body = System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "\"traceId\":\"…\"");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {body}";
    }

    /// <summary>The text around where <paramref name="text"/> first differs from <paramref name="other"/>.</summary>
    private static string Around(string text, string other)
    {
        var at = 0;
        while (at < text.Length && at < other.Length && text[at] == other[at]) at++;
        var from = Math.Max(0, at - 120);
        return $"…{text[from..Math.Min(text.Length, at + 200)]}…";
    }
}

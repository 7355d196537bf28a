using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CommunityPlatform.Integration.Tests.Attack;
using Xunit.Abstractions;

namespace CommunityPlatform.Integration.Tests.Language;

// Why: a clerk on the Chinese console met "The Name field is required." beside a field; only the title followed the
// language. The messages come from data annotations, model binding, the parser and the domain's rules, in every
// module, so the sweep drives every write the OpenAPI document lists, including modules written after this test.

/// <summary>Every message of a refused request is Chinese unless the client asks for English.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ChineseMessageTests(PlatformFixture platform, ITestOutputHelper output)
{
    /// <summary>Latin words a Chinese message may hold: names of formats and standards, not sentences.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Excel", "JSON", "Base64", "GB", "X-Community", "concurrencyStamp", "application", "json", "xlsx", "Community", "X",
    };

    [Fact]
    public async Task Refused_writes_answer_in_Chinese_by_default_for_every_operation_of_the_document()
    {
        var code = await CommunityOfItsOwnAsync();
        var secretary = await platform.NewAccountAsync(code, "secretary");
        var api = OpenApiDocument.Parse(await platform.Anonymous().GetJsonAsync("/openapi/v1.json"));
        var findings = new List<string>();
        var sent = 0;

        foreach (var operation in api.Operations.Where(o => o.Method is "POST" or "PUT" && !Skipped(o.Path)))
        {
            var url = IdPool.Fill(operation.Path, name => name == "community" ? code : Guid.CreateVersion7().ToString())!;
            foreach (var (label, body) in Bodies(operation))
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url)
                {
                    Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new("application/json") } },
                };
                using var response = await secretary.SendAsync(request);
                sent++;
                if ((int)response.StatusCode < 400) continue;
                var text = await response.Content.ReadAsStringAsync();
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || JsonNode.Parse(text) is not JsonObject problem)
                {
                    findings.Add($"{operation.Name} with {label}: {(int)response.StatusCode} {response.Content.Headers.ContentType} {text[..Math.Min(200, text.Length)]}");
                    continue;
                }

                foreach (var message in Messages(problem))
                    if (EnglishWords(message).ToList() is { Count: > 0 } words)
                        findings.Add($"{operation.Name} with {label}: {(int)response.StatusCode} “{message}” ({string.Join(", ", words)})");
            }
        }

        output.WriteLine($"{sent} requests");
        var distinct = findings.Distinct().ToList();
        distinct.ShouldBeEmpty($"{distinct.Count} English messages in Chinese answers:\n" + string.Join("\n", distinct));
    }

    [Fact]
    public async Task The_same_refusal_is_English_on_request()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        secretary.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await (await secretary.PostRawAsync("/api/residents/people", "{\"idNumber\":\"340402198001011239\"}")).JsonAsync();

        problem["errors"]!["name"]![0]!.GetValue<string>().ShouldBe("The Name field is required.");
        var chinese = await (await (await platform.SecretaryOfAsync("wuyijie")).PostRawAsync("/api/residents/people", "{\"name\":\"张三\",\"idNumber\":\"340402198001011239\"}")).JsonAsync();
        chinese["errors"]!["idNumber"]![0]!.GetValue<string>().ShouldBe("身份证号码校验位与前 17 位不符，可能有一位输错了");
    }

    /// <summary>Signing out or changing one's own password would end the sweep's session; they are covered by their own tests.</summary>
    private static bool Skipped(string path) => path is "/api/account/token";

    /// <summary>
    /// A community with every module on, in a street of its own: the sweep's accepted writes land there, and the
    /// demo streets keep the communities other tests count.
    /// </summary>
    private async Task<string> CommunityOfItsOwnAsync()
    {
        var admin = await platform.AdminAsync();
        var district = (await admin.GetJsonAsync("/api/platform/streets")).AsArray()[0]!.Str("districtId");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var street = await admin.PostOkAsync("/api/platform/streets", new { code = "lang" + suffix, name = "语言测试街道" + suffix, districtId = district });
        var code = "l" + suffix;
        await admin.PostOkAsync("/api/platform/communities", new { code, name = "语言测试社区" + suffix, streetId = street.Id(), modules = await BusinessModulesAsync() });
        return code;
    }

    private async Task<string[]> BusinessModulesAsync() =>
        (await (await platform.AdminAsync()).GetJsonAsync("/api/platform/modules")).AsArray()
            .Where(m => !m!["isPlatform"]!.GetValue<bool>()).Select(m => m!.Str("name")).ToArray();

    /// <summary>An empty body, a body that is not JSON, and a body whose every text is far too long and every other value of the wrong type.</summary>
    private static IEnumerable<(string Label, string Body)> Bodies(ApiOperation operation)
    {
        yield return ("an empty object", "{}");
        yield return ("a garbled body", "{\"name\": 名");
        if (operation.Body?.Type != "object") yield break;
        var wrong = new JsonObject();
        foreach (var (name, schema) in operation.Body.Properties)
            wrong[name] = schema.Type == "string" && !schema.IsEnum && !schema.IsDate && !schema.IsUuid ? new string('长', 5_000) : null;
        yield return ("over-long texts and nulls", wrong.ToJsonString());
        var mistyped = new JsonObject();
        foreach (var (name, schema) in operation.Body.Properties)
            mistyped[name] = schema.Type == "string" ? 12 : "乱码";
        yield return ("values of the wrong type", mistyped.ToJsonString());
    }

    /// <summary>What a person reads: the title, the detail and each field's messages — not the codes or the field names.</summary>
    private static IEnumerable<string> Messages(JsonObject problem)
    {
        if (problem["title"] is JsonValue title) yield return title.GetValue<string>();
        if (problem["detail"] is JsonValue detail) yield return detail.GetValue<string>();
        if (problem["errors"] is JsonObject errors)
            foreach (var (_, messages) in errors)
                foreach (var message in messages?.AsArray() ?? [])
                    if (message is JsonValue value) yield return value.GetValue<string>();
    }

    internal static IEnumerable<string> EnglishWords(string text) =>
        LatinWord().Matches(text).Select(m => m.Value).Where(w => !Allowed.Contains(w));

    [GeneratedRegex("[A-Za-z][A-Za-z-]+")]
    private static partial Regex LatinWord();
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CommunityPlatform.PartyOrganization.Tests;

/// <summary>A fresh community with the Party module, one branch and helpers to add residents and members, for tests that write.</summary>
internal sealed class PartyScene(HttpClient admin, string code, JsonNode branch)
{
    public HttpClient Admin { get; } = admin;
    public string Code { get; } = code;
    public JsonNode Branch { get; } = branch;

    public static async Task<PartyScene> CreateAsync(PlatformFixture platform)
    {
        var code = (await platform.NewCommunityAsync("PartyOrganization")).Str("code");
        var admin = await platform.AdminAsync(code);
        var branch = await admin.PostOkAsync("/api/party/organizations", new { name = "社区党支部", kind = "branch" });
        return new PartyScene(admin, code, branch);
    }

    public Task<JsonNode> ResidentAsync(string name = "王建国") => Admin.PostOkAsync("/api/residents/people", new { name });

    /// <summary>A registered member of <see cref="Branch"/> (or <paramref name="unitId"/>), retired unless told.</summary>
    public async Task<JsonNode> MemberAsync(string name = "王建国", string category = "retired", string? unitId = null, string relationHeld = "community")
    {
        var resident = await ResidentAsync(name);
        return await Admin.PostOkAsync("/api/party/members", new
        {
            residentId = resident.Id(), unitId = unitId ?? Branch.Id(), joinedOn = "1990-07-01", status = "full", fullSince = "1991-07-01", category,
            relationHeld, monthlyIncomeFen = 400_000,
        });
    }

    public Task<HttpResponseMessage> PostAsync(string url, object body) => Admin.PostAsJsonAsync(url, body);
}

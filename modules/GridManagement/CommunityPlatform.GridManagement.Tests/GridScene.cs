using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CommunityPlatform.GridManagement.Tests;

/// <summary>
/// A fresh community with the grid module: a level-1 grid, one branch area below it and one building-group grid
/// covering two buildings of the registry. Helpers add grids, staff and grid workers.
/// </summary>
internal sealed class GridScene(PlatformFixture platform, HttpClient admin, string code, JsonNode community, JsonNode area, JsonNode group, string[] buildings)
{
    public HttpClient Admin { get; } = admin;
    public string Code { get; } = code;
    public JsonNode Community { get; } = community;
    public JsonNode Area { get; } = area;
    public JsonNode Group { get; } = group;
    public string[] Buildings { get; } = buildings;

    public static async Task<GridScene> CreateAsync(PlatformFixture platform, params string[] modules)
    {
        var code = (await platform.NewCommunityAsync(modules.Length == 0 ? ["GridManagement"] : modules)).Str("code");
        var admin = await platform.AdminAsync(code);
        var buildings = new List<string>();
        foreach (var number in new[] { "1", "2", "3" })
            buildings.Add((await admin.PostOkAsync("/api/residents/buildings", new { number, units = 2, floors = 6 })).Id());
        var community = await admin.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        var area = await admin.PostOkAsync("/api/grid/grids", new { name = "第一片区", level = "area", parentId = community.Id() });
        var group = await admin.PostOkAsync("/api/grid/grids", new { name = "第一网格", level = "buildingGroup", parentId = area.Id(), buildingIds = buildings.Take(2) });
        return new GridScene(platform, admin, code, community, area, group, buildings.ToArray());
    }

    public Task<JsonNode> GridAsync(string name, string? parentId = null, params string[] buildingIds) =>
        Admin.PostOkAsync("/api/grid/grids", new { name, level = "buildingGroup", parentId = parentId ?? Area.Id(), buildingIds });

    /// <summary>A new account with the grid-worker role, posted on <paramref name="gridId"/> as its grid worker.</summary>
    public async Task<(HttpClient Client, JsonNode Post)> WorkerAsync(string gridId, string name = "李网格")
    {
        var client = await platform.NewAccountAsync(Code, "grid-worker");
        var me = await client.GetJsonAsync("/api/account/me");
        var post = await Admin.PostOkAsync($"/api/grid/grids/{gridId}/staff", new { name, role = "gridWorker", accountId = me.Id(), phone = "13912345678" });
        return (client, post);
    }

    /// <summary>A console session of a new account of the community with <paramref name="roles"/>, past the first sign-in's password change.</summary>
    public async Task<ConsoleSession> ConsoleAsync(params string[] roles)
    {
        var userName = "gp" + Guid.NewGuid().ToString("N")[..8];
        await Admin.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles });
        var console = await ConsoleSession.SignInAsync(platform.Factory, userName);
        await console.SubmitAsync("/account/password", new() { ["CurrentPassword"] = PlatformFactory.Password, ["NewPassword"] = "Grid#2026xy" });
        return console;
    }

    public Task<HttpResponseMessage> PostAsync(string url, object body) => Admin.PostAsJsonAsync(url, body);
}

using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.GridManagement.Tests;

/// <summary>The grid module for a community served from a database of its own, where no request names the community up front.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GridOwnDatabaseTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_signboard_of_a_community_on_its_own_database_opens_without_an_account()
    {
        var code = (await platform.NewCommunityAsync("GridManagement")).Str("code");
        var own = OwnDatabase.For(platform.Factory, code);
        try
        {
            var assigned = await (await platform.AdminAsync()).PutAsJsonAsync($"/api/platform/communities/{code}/database", new { connectionString = own });
            assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
            var admin = await platform.AdminAsync(code);
            var top = await admin.PostOkAsync("/api/grid/grids", new { name = "自有库社区网格", level = "community", area = "全社区" });
            await admin.PostOkAsync($"/api/grid/grids/{top.Id()}/staff", new { name = "自有库网格长", role = "gridLeader", phone = "13800003333", showOnSignboard = true });

            var board = await platform.Anonymous().GetJsonAsync($"/api/grid/public/signboards/{top.Str("code")}");
            board.Str("name").ShouldBe("自有库社区网格");
            board["staff"]!.AsArray().ShouldHaveSingleItem()!.Str("phone").ShouldBe("13800003333");

            var page = await ConsoleSession.Open(platform.Factory).PageAsync($"/grid/signboards/{top.Str("code")}");
            page.ShouldContain("自有库网格长");
            page.ShouldContain("data:image/png;base64,");
        }
        finally
        {
            await platform.RetireOwnDatabaseAsync(code, own);
        }
    }
}

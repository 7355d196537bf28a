using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>睦邻点: at a venue or in a home (never both), equipment in fen, a roster whose Party members the Party module vouches for, quarterly minutes.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PointTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_point_keeps_its_equipment_roster_and_minutes_and_its_home_address_only_for_staff()
    {
        var scene = await CultureScene.CreateAsync(platform, CultureTeamsModuleName.Value, "PartyOrganization");
        var leader = await scene.ResidentAsync("巴汗台");
        var neighbour = await scene.ResidentAsync("李建军", true);
        var point = (await scene.Secretary.PostOkAsync("/api/culture/points", new { name = "手工技能睦邻点", theme = "手工技能", homeAddress = "塔城路12号2单元301", leaderResidentId = leader })).As<PointDto>();
        await scene.Secretary.PostOkAsync($"/api/culture/points/{point.Id}/equipment", new { name = "缝纫机", quantity = 1, valueFen = 150000 });
        await scene.Secretary.PostOkAsync($"/api/culture/points/{point.Id}/duty", new { residentId = neighbour, role = "buildingHead", day = "monday" });
        await scene.Secretary.PostOkAsync($"/api/culture/points/{point.Id}/meetings", new { heldOn = CultureScene.ChinaToday().AddDays(-10), attendees = 9, minutes = "通报本季度活动，安排下季度值日。" });
        var leaderAccount = await platform.NewAccountAsync(scene.Code, CultureRoles.Leader);

        var file = await scene.Secretary.GetJsonAsync<PointFileDto>($"/api/culture/points/{point.Id}");
        var asLeader = await leaderAccount.GetJsonAsync<PointFileDto>($"/api/culture/points/{point.Id}");

        file.Point.EquipmentFen.ShouldBe(150000);
        file.Point.HomeAddress.ShouldBe("塔城路12号2单元301");
        file.Duty.ShouldHaveSingleItem().Name.ShouldBe("李建军");
        file.Meetings.ShouldHaveSingleItem().Attendees.ShouldBe(9);
        asLeader.Point.HomeAddress.ShouldBeNull();
        asLeader.Point.Place.ShouldBe("居民家中，请联系负责人");
        await (await scene.Secretary.PostAsJsonAsync($"/api/culture/points/{point.Id}/duty", new { residentId = neighbour, role = "partyMember", day = "tuesday" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Culture.NotPartyMember");
        await (await scene.Secretary.PostAsJsonAsync("/api/culture/points", new { name = "两处都填", theme = "读书", homeAddress = "某处", venueId = (await scene.VenueAsync()).Id() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Culture.PointPlace");
    }
}

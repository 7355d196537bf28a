using System.Net;
using System.Net.Http.Json;
using CommunityPlatform.Application;

namespace CommunityPlatform.EmploymentHelp.Tests;

/// <summary>The console: the needy households page records a visit through the same service as the API; the street's pages keep names away.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EmploymentPageTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_visit_recorded_on_the_page_lands_in_the_aid_ledger_in_fen()
    {
        var scene = await EmploymentScene.NewAsync(platform);
        await scene.Secretary.PostOkAsync("/api/employment/low-income", new { householdId = scene.HouseholdId, monthlyAmountFen = 120_000, approvedOn = EmploymentScene.Today.AddDays(-30) });
        var userName = "s" + Guid.NewGuid().ToString("N")[..10];
        var admin = await platform.AdminAsync(scene.Code);
        await admin.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { EmploymentRoles.LabourOfficer } });
        await platform.Factory.TokenAsync(userName);
        var console = await ConsoleSession.SignInAsync(platform.Factory, userName);

        var posted = await console.SubmitAsync("/employment/needy", new()
        {
            ["visit.HouseholdId"] = scene.HouseholdId, ["visit.On"] = EmploymentScene.Today.ToString("yyyy-MM-dd"), ["visit.Occasion"] = "MidAutumn",
            ["visit.Visitors"] = "劳动保障协管员", ["visit.CashYuan"] = "200", ["visit.GoodsYuan"] = "88.5", ["visit.Goods"] = "月饼", ["visit.Giver"] = "社区党委",
        });

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var aid = await scene.Secretary.GetJsonAsync<Paged<CareVisitDto>>("/api/employment/visits?withAid=true");
        aid.Items.ShouldHaveSingleItem().CashFen.ShouldBe(20_000);
        aid.Items[0].GoodsFen.ShouldBe(8_850);
        (await console.PageAsync("/employment/needy")).ShouldContain("张建国");
        (await console.PageAsync("/employment/cases")).ShouldContain("id=\"placements\"");
        (await scene.Secretary.GetAsync("/api/employment/visits/ledger.xlsx")).Content.Headers.ContentType!.MediaType.ShouldBe(LedgerExportsXlsx);
    }

    private const string LedgerExportsXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

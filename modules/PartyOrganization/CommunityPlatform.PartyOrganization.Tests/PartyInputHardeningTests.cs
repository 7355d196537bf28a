using System.Net;

namespace CommunityPlatform.PartyOrganization.Tests;

/// <summary>The Party module's part of the input hardening (see the platform's InputHardeningTests): amounts in fen past the int range answer as the client's fault, never 500.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PartyInputHardeningTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_amount_in_fen_past_the_int_range_is_a_400_not_a_500()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();
        var resident = await scene.ResidentAsync("赵大额");

        var payment = await scene.PostAsync("/api/party/dues/payments", new { memberId = member.Id(), month = "2026-01", amountFen = 2_147_483_648L, paidOn = "2026-01-10" });
        var newMember = await scene.PostAsync("/api/party/members", new
        {
            residentId = resident.Id(), unitId = scene.Branch.Id(), joinedOn = "1990-07-01", status = "full", fullSince = "1991-07-01", category = "retired",
            relationHeld = "community", monthlyIncomeFen = 2_147_483_648L,
        });
        var rule = await scene.Admin.GetAsync("/api/party/dues/rule?dues=income&incomeFen=2147483648");

        (await payment.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid"))["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["amountFen"]);
        (await newMember.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid"))["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["monthlyIncomeFen"]);
        (await rule.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid"))["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["incomeFen"]);
        (await scene.Admin.GetJsonAsync($"/api/party/dues/payments?memberId={member.Id()}")).AsArray().ShouldBeEmpty();
    }
}

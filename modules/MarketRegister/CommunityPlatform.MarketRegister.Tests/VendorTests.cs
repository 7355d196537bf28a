using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister.Tests;

/// <summary>Vendors, badges and their public cards, the fair scale, leases and bills, inspections and cards.</summary>
[Collection(PlatformCollection.Name)]
public sealed class VendorTests(PlatformFixture platform)
{
    [Fact]
    public async Task Every_chonghua_vendor_has_a_badge_whose_public_card_shows_a_masked_name_and_a_year_of_work_fills_the_reports()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");
        var vendors = await secretary.GetJsonAsync<Paged<VendorDto>>("/api/market/vendors?pageSize=100");
        var vendor = vendors.Items.First(v => v.Name.Length > 1);
        var card = await platform.Anonymous().GetJsonAsync<VendorCardDto>($"/api/market/public/badges/{vendor.BadgeNumber}");
        var expiring = await secretary.GetJsonAsync<List<ExpiringCertificate>>("/api/market/certificates/expiring");
        var summary = await secretary.GetJsonAsync<MarketSummary>("/api/market/reports/summary");

        vendors.Total.ShouldBe(120);
        vendors.Items.ShouldAllBe(v => v.BadgeNumber != null && v.BadgeNumber.StartsWith("chonghua-XK-"));
        vendors.Items.Where(v => v.IdNumber != null).ShouldAllBe(v => v.IdNumber!.Contains("****"));
        card.Name.ShouldBe(vendor.Name[..1] + new string('*', vendor.Name.Length - 1));
        card.Stall.ShouldBe(vendor.StallNumber);
        card.CreditLevel.ShouldMatch("^[A-D]$");
        expiring.ShouldContain(c => c.Kind == CertificateKind.HealthCertificate);
        summary.Reweighs.ShouldBeGreaterThan(100);
        summary.ReweighsOutOfTolerance.ShouldBeGreaterThan(0);
        summary.BilledFen.ShouldBeGreaterThan(summary.CollectedFen);
        summary.ArrearsFen.ShouldBeGreaterThan(0);
        summary.LeasesEndingIn30Days.ShouldBeGreaterThan(0);
        summary.Cards.ShouldBeGreaterThan(0);
        (await secretary.GetJsonAsync<Paged<InspectionDto>>("/api/market/inspections")).Total.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task A_short_reweigh_costs_credit_and_lets_the_lease_end_for_breach_with_the_deposit_refunded()
    {
        var scene = await MarketScene.CreateAsync(platform, stalls: 1);
        var vendor = (await scene.Admin.PostOkAsync("/api/market/vendors", new { name = "钱外来", idNumber = TestIds.Next(), phone = "13900000005", goods = "鱼" })).As<VendorDto>();
        var lease = (await scene.Admin.PostOkAsync("/api/market/leases", new
        {
            stallId = scene.Stalls[0].Id, vendorId = vendor.Id, startsOn = "2026-01-01", endsOn = "2026-12-31", managementFen = 3000, cleaningFen = 1500, depositFen = 30000,
        })).As<LeaseDto>();
        await (await scene.Admin.PostAsJsonAsync($"/api/market/leases/{lease.Id}/steps", new { action = "refundDeposit", concurrencyStamp = lease.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Market.LeaseStepNotAllowed");
        lease = await LeaseStepAsync(scene.Admin, lease, new { action = "sign", on = "2026-01-01" });
        await (await scene.Admin.PostAsJsonAsync($"/api/market/leases/{lease.Id}/steps", new { action = "terminate", kind = "breach", reason = "短秤", concurrencyStamp = lease.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Market.BreachUnproven");

        var complaint = (await scene.Admin.PostOkAsync("/api/market/complaints", new
        {
            marketId = scene.Market.Id, stallId = scene.Stalls[0].Id, kind = "quality", channel = "onSite", complainantName = "李顾客", description = "鱼不新鲜",
        })).As<ComplaintDto>();
        await scene.Admin.PostOkAsync($"/api/market/complaints/{complaint.Id}/steps", new { action = "handle", handling = "card", concurrencyStamp = complaint.ConcurrencyStamp }, HttpStatusCode.OK);
        var reweigh = (await scene.Admin.PostOkAsync("/api/market/reweighs", new { marketId = scene.Market.Id, stallId = scene.Stalls[0].Id, goods = "鲫鱼", statedGrams = 1000, measuredGrams = 900 })).As<ReweighDto>();
        var issued = (await scene.Admin.PostOkAsync("/api/market/bills/issue", new { month = "2026-02-15" }, HttpStatusCode.OK)).As<IssuedBills>();
        var again = (await scene.Admin.PostOkAsync("/api/market/bills/issue", new { month = "2026-02-01" }, HttpStatusCode.OK)).As<IssuedBills>();
        var rent = (await scene.Admin.GetJsonAsync<Paged<BillDto>>("/api/market/bills")).Items.Single(b => b.Kind == BillKind.Rent);
        await (await scene.Admin.PostAsJsonAsync($"/api/market/bills/{rent.Id}/payments", new { amountFen = 40000, concurrencyStamp = rent.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Market.Overpaid");
        var paid = (await scene.Admin.PostOkAsync($"/api/market/bills/{rent.Id}/payments", new { amountFen = 30000, concurrencyStamp = rent.ConcurrencyStamp }, HttpStatusCode.OK)).As<BillDto>();
        lease = await LeaseStepAsync(scene.Admin, lease, new { action = "terminate", kind = "breach", reason = "复称短秤一两，违反市场管理制度" });
        lease = await LeaseStepAsync(scene.Admin, lease, new { action = "refundDeposit" });
        var after = await scene.Admin.GetJsonAsync<VendorDto>($"/api/market/vendors/{vendor.Id}");
        var stall = await scene.Admin.GetJsonAsync<StallDto>($"/api/market/stalls/{scene.Stalls[0].Id}");

        reweigh.OutOfTolerance.ShouldBeTrue();
        reweigh.DeviationGrams.ShouldBe(-100);
        issued.Issued.ShouldBe(3);
        again.Issued.ShouldBe(0);
        paid.OwedFen.ShouldBe(0);
        complaint.VendorId.ShouldBe(vendor.Id);
        after.YellowCards.ShouldBe(1);
        after.Points.ShouldBe(4);
        after.CreditLevel.ShouldBe("B");
        lease.State.ShouldBe(LeaseState.Terminated);
        lease.TerminationReason.ShouldBe("复称短秤一两，违反市场管理制度");
        lease.DepositRefundedOn.ShouldNotBeNull();
        stall.State.ShouldBe(StallState.Vacant);
    }

    [Fact]
    public async Task A_finding_is_rectified_and_rechecked_a_card_counts_and_a_file_is_kept_six_months()
    {
        var scene = await MarketScene.CreateAsync(platform, stalls: 1);
        var vendor = (await scene.Admin.PostOkAsync("/api/market/vendors", new { name = "孙个体", creditCode = "92340402MA2TXY1234", phone = "13900000006", goods = "熟食" })).As<VendorDto>();
        var inspection = (await scene.Admin.PostOkAsync("/api/market/inspections", new
        {
            marketId = scene.Market.Id, kind = "foodSafety", inspector = "食安员", findings = new[] { new { text = "熟食未加防蝇罩", stallId = scene.Stalls[0].Id, deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)) } },
        })).As<InspectionDto>();
        inspection = await FindingStepAsync(scene.Admin, inspection, new { action = "rectify" });
        inspection = await FindingStepAsync(scene.Admin, inspection, new { action = "recheck", passed = false });
        var card = (await scene.Admin.PostOkAsync("/api/market/cards", new { vendorId = vendor.Id, color = "yellow", points = 2, reason = "防蝇罩整改不到位", inspectionId = inspection.Id })).As<VendorCardRecordDto>();
        var after = await scene.Admin.GetJsonAsync<VendorDto>($"/api/market/vendors/{vendor.Id}");
        after = (await scene.Admin.PostOkAsync($"/api/market/vendors/{vendor.Id}/leaving", new { on = DateOnly.FromDateTime(DateTime.UtcNow), reason = "自愿退出", concurrencyStamp = after.ConcurrencyStamp }, HttpStatusCode.OK)).As<VendorDto>();

        inspection.Findings.Single().State.ShouldBe(FindingState.Open);
        card.Reason.ShouldBe("防蝇罩整改不到位");
        after.YellowCards.ShouldBe(1);
        after.CreditCode.ShouldBe("923404********1234");
        after.LeftOn.ShouldNotBeNull();
        await (await scene.Admin.DeleteAsync($"/api/market/vendors/{vendor.Id}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Market.FileKept");
        (await scene.Admin.GetJsonAsync<VendorDto>($"/api/market/vendors/{vendor.Id}")).Name.ShouldBe("孙个体");
    }

    private static async Task<LeaseDto> LeaseStepAsync(HttpClient client, LeaseDto lease, object step) =>
        (await client.PostOkAsync($"/api/market/leases/{lease.Id}/steps", With(step, lease.ConcurrencyStamp), HttpStatusCode.OK)).As<LeaseDto>();

    private static async Task<InspectionDto> FindingStepAsync(HttpClient client, InspectionDto inspection, object step) =>
        (await client.PostOkAsync($"/api/market/inspections/{inspection.Id}/findings/1/steps", With(step, inspection.ConcurrencyStamp), HttpStatusCode.OK)).As<InspectionDto>();

    private static System.Text.Json.Nodes.JsonObject With(object step, string stamp)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(step))!.AsObject();
        body["concurrencyStamp"] = stamp;
        return body;
    }
}

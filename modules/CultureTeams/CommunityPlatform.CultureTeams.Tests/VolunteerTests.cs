using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>Service records and stars: only confirmed service time counts, within the daily cap, never overlapping; corrections reverse.</summary>
[Collection(PlatformCollection.Name)]
public sealed class VolunteerTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_volunteers_stars_follow_their_confirmed_hours_on_the_communitys_ladder()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var defaults = await scene.Secretary.GetJsonAsync<CultureSettingsDto>("/api/culture/settings");
        (await scene.Secretary.PutAsJsonAsync("/api/culture/settings", new { dailyCapHours = 8, starLadder = new[] { 2, 4, 6, 8, 10 }, concurrencyStamp = defaults.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var volunteer = (await scene.Secretary.PostOkAsync("/api/culture/volunteers", new { residentId = await scene.ResidentAsync(), volunteerNumber = "37020020230001" })).As<VolunteerDto>();

        var first = await ConfirmedAsync(scene, volunteer.Id, -3, 8, 11);
        (await StarsAsync(scene, volunteer.Id)).ShouldBe((3m, 1));
        await ConfirmedAsync(scene, volunteer.Id, -2, 14, 16);
        (await StarsAsync(scene, volunteer.Id)).ShouldBe((5m, 2));
        await scene.Secretary.PostOkAsync("/api/culture/service-records", Record(volunteer.Id, -1, 9, 17));
        (await StarsAsync(scene, volunteer.Id)).ShouldBe((5m, 2));
        await scene.Secretary.PostOkAsync($"/api/culture/service-records/{first.Id}/reversal", new { reason = "重复登记" });

        (await StarsAsync(scene, volunteer.Id)).ShouldBe((2m, 1));
        defaults.StarLadder.ShouldBe([100, 300, 600, 1000, 1500]);
        defaults.DailyCapHours.ShouldBe(8);
    }

    [Fact]
    public async Task Overlapping_records_and_days_past_the_cap_are_refused_and_a_confirmed_record_is_never_changed()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var volunteer = (await scene.Secretary.PostOkAsync("/api/culture/volunteers", new { residentId = await scene.ResidentAsync("刘建国", true) })).As<VolunteerDto>();
        var morning = await ConfirmedAsync(scene, volunteer.Id, -1, 8, 12);

        await (await scene.Secretary.PostAsJsonAsync("/api/culture/service-records", Record(volunteer.Id, -1, 11, 13)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Culture.ServiceOverlap");
        await (await scene.Secretary.PostAsJsonAsync("/api/culture/service-records", Record(volunteer.Id, -1, 13, 18)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Culture.DailyCapExceeded");
        await (await scene.Secretary.PutAsJsonAsync($"/api/culture/service-records/{morning.Id}", Record(volunteer.Id, -1, 8, 10, morning.ConcurrencyStamp)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Culture.ServiceRecordConfirmed");
        await scene.Secretary.PostOkAsync($"/api/culture/service-records/{morning.Id}/reversal", new { reason = "时间登记有误" });
        await (await scene.Secretary.PostAsJsonAsync($"/api/culture/service-records/{morning.Id}/reversal", new { reason = "再次冲正" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Culture.AlreadyReversed");

        // Once reversed, the morning is free again for the corrected record.
        (await ConfirmedAsync(scene, volunteer.Id, -1, 8, 10)).Minutes.ShouldBe(120);
        (await scene.Secretary.GetJsonAsync<VolunteerDto>($"/api/culture/volunteers/{volunteer.Id}")).ConfirmedHours.ShouldBe(2m);
    }

    [Fact]
    public async Task A_leader_submits_but_only_the_culture_worker_confirms_and_a_proof_states_the_confirmed_hours()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var leader = await platform.NewAccountAsync(scene.Code, CultureRoles.Leader);
        var volunteer = (await scene.Secretary.PostOkAsync("/api/culture/volunteers", new { residentId = await scene.ResidentAsync("王淑珍"), volunteerNumber = "37020020230002" })).As<VolunteerDto>();
        var draft = (await leader.PostOkAsync("/api/culture/service-records", Record(volunteer.Id, -5, 8, 11))).As<ServiceRecordDto>();
        var submitted = (await leader.PostOkAsync($"/api/culture/service-records/{draft.Id}/steps", new { action = "submit", concurrencyStamp = draft.ConcurrencyStamp }, HttpStatusCode.OK)).As<ServiceRecordDto>();

        (await leader.PostAsJsonAsync($"/api/culture/service-records/{draft.Id}/steps", new { action = "confirm", concurrencyStamp = submitted.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await scene.Secretary.PostOkAsync($"/api/culture/service-records/{draft.Id}/steps", new { action = "confirm", concurrencyStamp = submitted.ConcurrencyStamp }, HttpStatusCode.OK);
        var today = CultureScene.ChinaToday();
        var proof = (await scene.Secretary.PostOkAsync($"/api/culture/volunteers/{volunteer.Id}/proofs", new { from = today.AddMonths(-1), to = today })).As<ServiceProofDto>();
        var second = (await scene.Secretary.PostOkAsync($"/api/culture/volunteers/{volunteer.Id}/proofs", new { from = today.AddMonths(-1), to = today })).As<ServiceProofDto>();

        proof.Hours.ShouldBe(3m);
        proof.VolunteerNumber.ShouldBe("37020020230002");
        proof.Number.ShouldBe($"{today.Year}-0001");
        second.Number.ShouldBe($"{today.Year}-0002");
        var console = await ConsoleAsync(scene);
        (await console.PageAsync($"/culture/proofs/{proof.Id}")).ShouldContain(proof.Number);
        var file = await scene.Secretary.GetAsync("/api/culture/volunteers/hours.xlsx");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static async Task<ServiceRecordDto> ConfirmedAsync(CultureScene scene, Guid volunteerId, int days, int from, int to)
    {
        var draft = (await scene.Secretary.PostOkAsync("/api/culture/service-records", Record(volunteerId, days, from, to))).As<ServiceRecordDto>();
        return (await scene.Secretary.PostOkAsync($"/api/culture/service-records/{draft.Id}/steps", new { action = "confirm", concurrencyStamp = draft.ConcurrencyStamp }, HttpStatusCode.OK))
            .As<ServiceRecordDto>();
    }

    private static async Task<(decimal Hours, int Stars)> StarsAsync(CultureScene scene, Guid id)
    {
        var v = await scene.Secretary.GetJsonAsync<VolunteerDto>($"/api/culture/volunteers/{id}");
        return (v.ConfirmedHours, v.Stars);
    }

    private static object Record(Guid volunteerId, int days, int from, int to, string? concurrencyStamp = null) => new
    {
        volunteerId, day = CultureScene.ChinaToday().AddDays(days), from = $"{from:00}:00", to = $"{to:00}:00", content = "文明劝导", concurrencyStamp,
    };

    internal static async Task<ConsoleSession> ConsoleAsync(CultureScene scene)
    {
        var userName = "ct" + Guid.NewGuid().ToString("N")[..8];
        var admin = await scene.Platform.AdminAsync(scene.Code);
        await admin.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "secretary" } });
        await scene.Platform.Factory.TokenAsync(userName);
        return await ConsoleSession.SignInAsync(scene.Platform.Factory, userName);
    }
}

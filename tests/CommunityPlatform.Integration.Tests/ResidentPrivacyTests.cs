using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// ID numbers are sensitive personal information (PIPL): masked in every answer for everyone, one shown whole only on
/// an explicit request by an account that may, and every such request and every export audited.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ResidentPrivacyTests(PlatformFixture platform)
{
    private static string Masked(string id) => $"{id[..6]}********{id[^4..]}";

    [Fact]
    public async Task The_secretary_gets_ID_numbers_masked_in_lists_reads_and_write_answers_and_creating_shows_none()
    {
        var secretary = await platform.SecretaryOfAsync("oufengliyuan");
        var id = TestIds.Next();

        var created = await secretary.PostOkAsync("/api/residents/people", new { name = "遮蔽甲", idNumber = id });
        created.Str("idNumber").ShouldBe(Masked(id));
        created["idNumberMasked"]!.GetValue<bool>().ShouldBeTrue();

        var listed = (await secretary.GetJsonAsync($"/api/residents/people?idNumber={id}"))["items"]!.AsArray().ShouldHaveSingleItem()!;
        listed.Str("idNumber").ShouldBe(Masked(id));
        listed["idNumberMasked"]!.GetValue<bool>().ShouldBeTrue();
        var byName = (await secretary.GetJsonAsync($"/api/residents/people?name={Uri.EscapeDataString("遮蔽")}&pageSize=100"))["items"]!.AsArray();
        byName.ShouldNotBeEmpty();
        byName.Where(r => r!["idNumber"] is not null).ShouldAllBe(r => r!.Str("idNumber").Contains("********"));
        (await secretary.GetJsonAsync($"/api/residents/people/{created.Id()}")).Str("idNumber").ShouldBe(Masked(id));

        // An update that sends the masked number back keeps the stored one.
        var updated = await (await secretary.PutAsJsonAsync($"/api/residents/people/{created.Id()}",
            new { name = "遮蔽乙", idNumber = created.Str("idNumber"), concurrencyStamp = created.Str("concurrencyStamp") })).JsonAsync();
        updated.Str("name").ShouldBe("遮蔽乙");
        updated.Str("idNumber").ShouldBe(Masked(id));
        var moved = await (await secretary.PutAsJsonAsync($"/api/residents/people/{created.Id()}/status",
            new { status = "movedOut", since = "2026-01-01", concurrencyStamp = updated.Str("concurrencyStamp") })).JsonAsync();
        moved.Str("idNumber").ShouldBe(Masked(id));

        ShownEntries(created.Id()).ShouldBe(0);
        (await secretary.GetJsonAsync($"/api/residents/people/{created.Id()}/id-number")).Str("idNumber").ShouldBe(id);
        ShownEntries(created.Id()).ShouldBe(1);
    }

    [Fact]
    public async Task A_whole_ID_number_is_given_on_request_audited_and_refused_without_the_permission()
    {
        var secretary = await platform.SecretaryOfAsync("oufengliyuan");
        var staff = await platform.NewAccountAsync("oufengliyuan", "residents-staff");
        var id = TestIds.Next(male: false);
        var resident = await secretary.PostOkAsync("/api/residents/people", new { name = "揭示测试", idNumber = id });

        var shown = await secretary.GetJsonAsync($"/api/residents/people/{resident.Id()}/id-number");

        shown.Str("idNumber").ShouldBe(id);
        var trail = (await secretary.GetJsonAsync($"/api/platform/audit?subject=Residents.IdNumberShown&entityId={resident.Id()}"))["items"]!.AsArray();
        var entry = trail.ShouldHaveSingleItem()!;
        entry.Str("accountName").ShouldBe("oufengliyuan-secretary");
        entry.Str("subject").ShouldBe("Resident");

        await (await staff.GetAsync($"/api/residents/people/{resident.Id()}/id-number")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        (await staff.GetJsonAsync($"/api/residents/people/{resident.Id()}")).Str("idNumber").ShouldBe(Masked(id));
        ShownEntries(resident.Id()).ShouldBe(1);

        await (await secretary.GetAsync($"/api/residents/people/{Guid.NewGuid()}/id-number")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Residents.ResidentNotFound");
        var elsewhere = await platform.SecretaryOfAsync("xincun");
        await (await elsewhere.GetAsync($"/api/residents/people/{resident.Id()}/id-number")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Residents.ResidentNotFound");
        ShownEntries(resident.Id()).ShouldBe(1);
    }

    [Fact]
    public async Task The_console_edit_form_shows_the_number_masked_and_saving_it_unchanged_keeps_the_stored_one()
    {
        var api = await platform.SecretaryOfAsync("oufengliyuan");
        var id = TestIds.Next();
        var resident = await api.PostOkAsync("/api/residents/people", new { name = "表单遮蔽", idNumber = id });
        var console = await ConsoleSession.SignInAsync(platform.Factory, "oufengliyuan-secretary");

        var form = await console.PageAsync($"/residents/people/edit/{resident.Id()}");
        form.ShouldContain($"value=\"{Masked(id)}\"");
        form.ShouldNotContain(id);
        var saved = await console.SubmitAsync($"/residents/people/edit/{resident.Id()}", new()
        {
            ["Form.Name"] = "表单遮蔽改", ["Form.IdNumber"] = Masked(id), ["Form.ConcurrencyStamp"] = resident.Str("concurrencyStamp"),
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        (await api.GetJsonAsync($"/api/residents/people/{resident.Id()}")).Str("name").ShouldBe("表单遮蔽改");
        (await api.GetJsonAsync($"/api/residents/people/{resident.Id()}/id-number")).Str("idNumber").ShouldBe(id);
    }

    [Fact]
    public async Task The_ledger_is_exported_masked_and_whole_only_when_asked_by_an_account_that_may_with_the_row_count_audited()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var secretary = await platform.NewAccountAsync(code, "secretary");
        var secretaryName = (await secretary.GetJsonAsync("/api/account/me")).Str("userName");
        var ids = new[] { TestIds.Next(), TestIds.Next(male: false), TestIds.Next() };
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            await secretary.PostOkAsync("/api/residents/people", new { name = $"台账{i}", idNumber = id });
        await secretary.PostOkAsync("/api/residents/people", new { name = "台账无证" });

        var masked = await ExportAsync(secretary, "/api/residents/ledger/people.xlsx");
        masked.Count.ShouldBe(4);
        masked.OfType<string>().ShouldBe(ids.Select(Masked), ignoreOrder: true);

        var whole = await ExportAsync(secretary, "/api/residents/ledger/people.xlsx?fullIdNumbers=true");
        whole.OfType<string>().ShouldBe(ids, ignoreOrder: true);

        await (await platform.AdminAsync(code)).PostOkAsync("/api/identity/roles",
            new { name = "ledger-clerk", title = "台账员", permissions = new[] { "Residents.View", "Residents.People.All", "Residents.Export" } });
        var clerk = await platform.NewAccountAsync(code, "ledger-clerk");
        (await ExportAsync(clerk, "/api/residents/ledger/people.xlsx")).OfType<string>().ShouldBe(ids.Select(Masked), ignoreOrder: true);
        await (await clerk.GetAsync("/api/residents/ledger/people.xlsx?fullIdNumbers=true")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");

        var trail = (await secretary.GetJsonAsync("/api/platform/audit?subject=Residents.Exported&pageSize=100"))["items"]!.AsArray()
            .Select(e => (Account: e!.Str("accountName"), Detail: e!.Str("detail"))).ToList();
        trail.Count(e => e.Detail == "4 rows, ID numbers whole").ShouldBe(1);
        trail.Single(e => e.Detail == "4 rows, ID numbers whole").Account.ShouldBe(secretaryName);
        trail.Count(e => e.Detail == "4 rows, ID numbers masked").ShouldBe(2);
    }

    /// <summary>The ID number column of an exported residents' ledger, one cell per row.</summary>
    private static async Task<List<object?>> ExportAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r["身份证号"]).ToList();
    }

    private int ShownEntries(string residentId)
    {
        using var scope = platform.Factory.Services.CreateScope();
        var kernel = scope.ServiceProvider.GetRequiredService<CommunityPlatform.Data.Kernel.KernelDbContext>();
        return kernel.AuditEntries.Count(a => a.Action == "Residents.IdNumberShown" && (a.EntityId == residentId || a.Detail!.Contains(residentId)));
    }
}

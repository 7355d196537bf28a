using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.Integration.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ResidentRegistryTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_valid_ID_number_gives_the_gender_and_birth_date()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        var id = TestIds.Next(new DateOnly(1956, 3, 8), male: false);

        var resident = await secretary.PostOkAsync("/api/residents/people", new { name = "阿依古丽·买买提", idNumber = id.ToLowerInvariant(), ethnicity = "维吾尔族" });

        resident.Str("gender").ShouldBe("female");
        resident.Str("birthDate").ShouldBe("1956-03-08");
        resident.Str("ethnicity").ShouldBe("05");
        resident.Str("ethnicityName").ShouldBe("维吾尔族");
        resident.Str("idNumber").ShouldBe($"{id[..6]}********{id[^4..]}".ToUpperInvariant());
        resident.Str("name").ShouldBe("阿依古丽·买买提");
        (await secretary.GetJsonAsync($"/api/residents/people/{resident.Id()}/id-number")).Str("idNumber").ShouldBe(id.ToUpperInvariant());
    }

    [Fact]
    public async Task Chinese_names_the_middle_dot_and_emoji_come_back_as_they_were_sent()
    {
        var secretary = await platform.SecretaryOfAsync("tachenglu");
        const string name = "热依拉·艾合买提😀𠮷";

        var created = await secretary.PostOkAsync("/api/residents/people", new { name, phone = "0999-8123456" });

        (await secretary.GetJsonAsync($"/api/residents/people/{created.Id()}")).Str("name").ShouldBe(name);
        var found = await secretary.GetJsonAsync($"/api/residents/people?name={Uri.EscapeDataString("热依拉·艾合")}&pageSize=100");
        found["items"]!.AsArray().Select(r => r!.Str("name")).ShouldContain(name);
    }

    [Fact]
    public async Task A_wrong_check_digit_is_refused_with_the_field_at_fault()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        var id = TestIds.Next();
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');

        var problem = await (await secretary.PostAsJsonAsync("/api/residents/people", new { name = "张三", idNumber = wrong }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Residents.IdNumberInvalid");

        problem["errors"]!["idNumber"]!.AsArray().Count.ShouldBe(1);
        (await secretary.GetJsonAsync($"/api/residents/people?idNumber={wrong}"))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Gender_and_birth_date_must_agree_with_the_ID_number()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");

        var problem = await (await secretary.PostAsJsonAsync("/api/residents/people",
                new { name = "李四", idNumber = TestIds.Next(new DateOnly(1960, 5, 1), male: true), gender = "female", birthDate = "1960-05-02" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Residents.IdNumberMismatch");

        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["gender", "birthDate"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_living_resident_ID_number_is_unique_but_frees_up_when_they_move_out()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var id = TestIds.Next();
        var first = await secretary.PostOkAsync("/api/residents/people", new { name = "王五", idNumber = id });

        await (await secretary.PostAsJsonAsync("/api/residents/people", new { name = "王五", idNumber = id }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Residents.IdNumberTaken");

        var moved = await (await secretary.PutAsJsonAsync($"/api/residents/people/{first.Id()}/status",
            new { status = "movedOut", since = "2026-01-01", concurrencyStamp = first.Str("concurrencyStamp") })).JsonAsync();
        moved.Str("status").ShouldBe("movedOut");

        await secretary.PostOkAsync("/api/residents/people", new { name = "王五", idNumber = id });
        (await secretary.GetJsonAsync($"/api/residents/people?idNumber={id}"))["total"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task ID_numbers_are_masked_for_everyone_and_shown_whole_only_on_an_audited_request_by_an_account_that_may()
    {
        var staff = await platform.NewAccountAsync("oufengliyuan", "residents-staff");
        var secretary = await platform.SecretaryOfAsync("oufengliyuan");
        var id = TestIds.Next();
        var created = await secretary.PostOkAsync("/api/residents/people", new { name = "赵六", idNumber = id });

        var masked = await staff.GetJsonAsync($"/api/residents/people/{created.Id()}");
        masked.Str("idNumber").ShouldBe($"{id[..6]}********{id[^4..]}");
        masked["idNumberMasked"]!.GetValue<bool>().ShouldBeTrue();
        (await staff.GetJsonAsync($"/api/residents/people?idNumber={id}"))["total"]!.GetValue<int>().ShouldBe(1);
        (await secretary.GetJsonAsync($"/api/residents/people/{created.Id()}")).Str("idNumber").ShouldBe($"{id[..6]}********{id[^4..]}");
        await (await staff.GetAsync($"/api/residents/people/{created.Id()}/id-number")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");

        var whole = await secretary.GetJsonAsync($"/api/residents/people/{created.Id()}/id-number");
        whole.Str("idNumber").ShouldBe(id);
        await secretary.GetJsonAsync($"/api/residents/people/{created.Id()}/id-number");

        using var scope = platform.Factory.Services.CreateScope();
        var kernel = scope.ServiceProvider.GetRequiredService<CommunityPlatform.Data.Kernel.KernelDbContext>();
        kernel.AuditEntries.Count(a => a.Action == "Residents.IdNumberShown" && a.EntityId == created.Id()).ShouldBe(2);
    }

    [Fact]
    public async Task Residents_are_found_by_name_prefix_phone_building_household_and_tag()
    {
        var secretary = await platform.SecretaryOfAsync("tachenglu");
        var building = await secretary.PostOkAsync("/api/residents/buildings", new { number = "T" + Random.Shared.Next(1000, 9999), units = 2, floors = 6 });
        var household = await secretary.PostOkAsync("/api/residents/households",
            new { buildingId = building.Id(), address = "塔城路测试楼", dwelling = "1单元101", tenure = "rented", tags = new[] { "lowIncome" } });
        var phone = TestIds.NextMobile();
        var surname = "欧阳" + Guid.NewGuid().ToString("N")[..4];
        var resident = await secretary.PostOkAsync("/api/residents/people", new
        {
            name = surname + "娜", householdId = household.Id(), phone = $"+86 {phone[..3]} {phone[3..7]} {phone[7..]}",
            relationToHead = "head", residenceType = "mobile", tags = new[] { "elderlyLivingAlone", "disabled" },
        });

        resident.Str("phone").ShouldBe(phone);
        resident.Str("buildingId").ShouldBe(building.Id());
        foreach (var query in new[] { $"name={Uri.EscapeDataString(surname)}", $"phone={phone}", $"buildingId={building.Id()}", $"householdId={household.Id()}" })
        {
            var found = await secretary.GetJsonAsync($"/api/residents/people?{query}");
            found["items"]!.AsArray().Select(r => r!.Id()).ShouldBe([resident.Id()], query);
        }

        var elderly = await secretary.GetJsonAsync($"/api/residents/people?tag=elderlyLivingAlone&buildingId={building.Id()}");
        elderly["total"]!.GetValue<int>().ShouldBe(1);
        (await secretary.GetJsonAsync($"/api/residents/people?tag=keyPerson&buildingId={building.Id()}"))["total"]!.GetValue<int>().ShouldBe(0);
        (await secretary.GetJsonAsync($"/api/residents/households/{household.Id()}"))["members"]!.GetValue<int>().ShouldBe(1);
        (await secretary.GetJsonAsync($"/api/residents/households?tag=lowIncome&buildingId={building.Id()}"))["total"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Lists_are_paged_and_the_page_size_is_capped()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");

        var page = await secretary.GetJsonAsync("/api/residents/people?page=2&pageSize=7");
        page["items"]!.AsArray().Count.ShouldBe(7);
        page["total"]!.GetValue<int>().ShouldBeGreaterThan(14);

        await (await secretary.GetAsync("/api/residents/people?pageSize=101")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
        await (await secretary.GetAsync("/api/residents/people?page=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
    }

    [Fact]
    public async Task A_stale_concurrency_stamp_answers_409_and_keeps_the_other_change()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        var resident = await secretary.PostOkAsync("/api/residents/people", new { name = "孙七" });

        var first = await secretary.PutAsJsonAsync($"/api/residents/people/{resident.Id()}", new { name = "孙七甲", concurrencyStamp = resident.Str("concurrencyStamp") });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await secretary.PutAsJsonAsync($"/api/residents/people/{resident.Id()}", new { name = "孙七乙", concurrencyStamp = resident.Str("concurrencyStamp") });

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");
        (await secretary.GetJsonAsync($"/api/residents/people/{resident.Id()}")).Str("name").ShouldBe("孙七甲");
    }

    [Fact]
    public async Task Concurrent_updates_with_the_same_stamp_let_exactly_one_win()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        var building = await secretary.PostOkAsync("/api/residents/buildings", new { number = "C" + Random.Shared.Next(1000, 9999) });

        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            secretary.PutAsJsonAsync($"/api/residents/buildings/{building.Id()}",
                new { number = building.Str("number"), floors = i, concurrencyStamp = building.Str("concurrencyStamp") })));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(5);
        var winner = await answers.Single(a => a.StatusCode == HttpStatusCode.OK).JsonAsync();
        (await secretary.GetJsonAsync($"/api/residents/buildings/{building.Id()}"))["floors"]!.GetValue<int>().ShouldBe(winner["floors"]!.GetValue<int>());
    }

    [Fact]
    public async Task Each_report_community_has_its_buildings_and_registry_large_enough_for_its_Party_members()
    {
        foreach (var (code, buildings, members) in new[] { ("chonghua", 53, 11), ("oufengliyuan", 30, 230), ("xincun", 20, 205), ("wuyijie", 20, 202), ("tachenglu", 52, 72) })
        {
            var scoped = await platform.AdminAsync(code);
            (await scoped.GetJsonAsync("/api/residents/buildings")).AsArray().Count(b => int.TryParse(b!.Str("number"), out _)).ShouldBe(buildings, code);
            (await scoped.GetJsonAsync("/api/residents/people?status=living&pageSize=1"))["total"]!.GetValue<int>().ShouldBeGreaterThan(members * 2, code);
        }
    }

    [Theory]
    [InlineData("测试居民9")]
    [InlineData("测试居民Z")]
    [InlineData("测试居民z")]
    public async Task A_name_prefix_finds_names_ending_in_any_character(string ending)
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var admin = await platform.AdminAsync(code);
        var resident = await admin.PostOkAsync("/api/residents/people", new { name = ending });

        var found = await admin.GetJsonAsync($"/api/residents/people?name={Uri.EscapeDataString(ending)}");

        found["items"]!.AsArray().Select(r => r!.Id()).ShouldBe([resident.Id()]);
    }
}

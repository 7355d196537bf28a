using System.Net;

namespace CommunityPlatform.Integration.Tests;

/// <summary>Bad input answers 400 with field errors, never 500 and never half a record.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFixture platform)
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"name": "周八",""", "body" },
        { """not json at all""", "body" },
        { """{"name": "周八", "gender": 1}""", "gender" },
        { """{"name": "周八", "gender": "unknown"}""", "gender" },
        { """{"name": "周八", "residenceType": "tourist"}""", "residenceType" },
        { """{"name": "周八", "birthDate": "yesterday"}""", "birthDate" },
        { """{"name": "周八", "householdId": 42}""", "householdId" },
        { """{"name": "周八", "tags": "disabled"}""", "tags" },
        { """{"name": 12}""", "name" },
        { """{"gender": "male"}""", "name" },
        { """{"name": ""}""", "name" },
        { """{"name": "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"}""", "name" },
        { """{"name": "周八", "idNumber": "3404021980010112345"}""", "idNumber" },
        { """{"name": "周八", "phone": "12345"}""", "phone" },
        { """{"name": "周八", "ethnicity": "火星族"}""", "ethnicity" },
        { """[]""", "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_resident_is_refused_with_the_field_named_and_nothing_saved(string body, string field)
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var before = (await secretary.GetJsonAsync("/api/residents/people?pageSize=1"))["total"]!.GetValue<int>();

        var response = await secretary.PostRawAsync("/api/residents/people", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.JsonAsync();
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldContain(field, problem.ToJsonString());
        problem["code"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        (await secretary.GetJsonAsync("/api/residents/people?pageSize=1"))["total"]!.GetValue<int>().ShouldBe(before);
    }

    [Fact]
    public async Task A_wrong_content_type_is_refused_without_a_server_error()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");

        var response = await secretary.PostAsync("/api/residents/people", new StringContent("name=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "Request.UnsupportedMediaType");
    }

    [Fact]
    public async Task A_not_found_the_framework_answers_itself_carries_the_platform_code()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");

        // ImportsController answers NotFound(), which ASP.NET Core turns into a ProblemDetails of its own making.
        var response = await secretary.GetAsync($"/api/residents/imports/{Guid.NewGuid()}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Request.NotFound")).Str("title").ShouldBe("资源不存在");
    }

    [Fact]
    public async Task A_bad_query_parameter_is_a_400_not_a_500()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");

        await (await secretary.GetAsync("/api/residents/people?status=flying")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
        await (await secretary.GetAsync("/api/residents/people?buildingId=12")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
    }

    [Fact]
    public async Task Titles_are_Chinese_by_default_and_English_on_request()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");

        var chinese = await (await secretary.PostRawAsync("/api/residents/people", "{")).JsonAsync();
        secretary.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await (await secretary.PostRawAsync("/api/residents/people", "{")).JsonAsync();

        chinese.Str("title").ShouldBe("请求参数有误");
        english.Str("title").ShouldBe("One or more fields are invalid");
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityPlatform.Application;
using CommunityPlatform.Residents.Domain;

namespace CommunityPlatform.Integration.Tests;

/// <summary>The testing kit holds what every module's tests lean on: it must be as strict as it says.</summary>
public sealed class TestingKitTests
{
    /// <summary>The kit keeps its own copy of the GB 11643 check character (it may name no module): it must agree with the registry's.</summary>
    [Fact]
    public void The_kits_check_character_is_the_registrys()
    {
        for (var i = 0; i < 2_000; i++)
        {
            var first17 = $"{Random.Shared.NextInt64(10_000_000_000_000_000, 100_000_000_000_000_000)}";
            TestIds.CheckCharFor(first17).ShouldBe(IdNumber.CheckCharFor(first17), first17);
        }
    }

    [Fact]
    public void A_test_id_is_a_valid_number_of_the_registry()
    {
        for (var i = 0; i < 200; i++)
            IdNumber.TryParse(TestIds.Next(), out _, out var problem).ShouldBeTrue(problem);
    }

    [Fact]
    public void An_answer_is_read_into_a_contracts_type_only_when_it_is_exactly_that_type()
    {
        var page = JsonNode.Parse("""{"items":[{"key":"retired","label":"退休","count":3}],"total":1}""")!.As<Paged<CountLine>>();
        page.Items.ShouldHaveSingleItem().ShouldBe(new CountLine("retired", "退休", 3));

        Should.Throw<JsonException>(() => JsonNode.Parse("""{"key":"retired","label":"退休","count":3,"percent":1}""")!.As<CountLine>());
        Should.Throw<JsonException>(() => JsonNode.Parse("""{"key":"retired","label":"退休"}""")!.As<CountLine>());
        Should.Throw<JsonException>(() => JsonNode.Parse("""{"key":"retired","label":"退休","count":"3"}""")!.As<CountLine>());
    }

    [Fact]
    public async Task A_problem_without_its_code_or_title_fails_the_assertion()
    {
        static HttpResponseMessage Problem(string json) => new(HttpStatusCode.NotFound)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/problem+json"),
        };

        await Problem("""{"code":"Request.NotFound","title":"未找到"}""").ShouldBeProblemAsync(HttpStatusCode.NotFound, "Request.NotFound");
        await ShouldFailAsync(() => Problem("""{"title":"未找到"}""").ShouldBeProblemAsync(HttpStatusCode.NotFound, "Request.NotFound"));
        await ShouldFailAsync(() => Problem("""{"code":"Request.NotFound"}""").ShouldBeProblemAsync(HttpStatusCode.NotFound, "Request.NotFound"));
        await ShouldFailAsync(() => Problem("""{"code":"Request.NotFound","title":" "}""").ShouldBeProblemAsync(HttpStatusCode.NotFound, "Request.NotFound"));
    }

    // Should.ThrowAsync lets a ShouldAssertException through as a failure of its own, so this catches it by hand.
    private static async Task ShouldFailAsync(Func<Task> assertion)
    {
        try
        {
            await assertion();
        }
        catch (ShouldAssertException)
        {
            return;
        }

        throw new ShouldAssertException("The assertion passed on an answer it should refuse.");
    }
}

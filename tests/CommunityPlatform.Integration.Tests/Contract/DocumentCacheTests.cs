using System.Net;

namespace CommunityPlatform.Integration.Tests.Contract;

// Why: the OpenAPI document (~1.5 MB) was built again for every request, about a second each; it changes only with a
// new build of the host, so it is built once per process and served with an ETag.

[Collection(PlatformCollection.Name)]
public sealed class DocumentCacheTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_document_is_the_same_bytes_every_time_with_an_etag_and_a_client_that_has_it_gets_304()
    {
        var client = platform.Anonymous();
        var first = await client.GetAsync("/openapi/v1.json");
        var second = await client.GetAsync("/openapi/v1.json");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var etag = first.Headers.ETag.ShouldNotBeNull();
        second.Headers.ETag.ShouldBe(etag);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBe(await first.Content.ReadAsByteArrayAsync());
        using var again = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        again.Headers.IfNoneMatch.Add(etag);
        var unchanged = await client.SendAsync(again);
        unchanged.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await unchanged.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        (await client.GetAsync("/openapi/v2.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>
/// The OpenAPI document, built once per process (per document) instead of per request: it is ~1.5 MB and
/// took ~1 s to build from every module's endpoints, and only a new build of the host changes it. Served with an
/// <c>ETag</c>, so a client that has it gets <c>304</c>. The bytes are exactly what the framework's endpoint writes.
/// Held per host (a singleton), not in a static: several hosts in one process (the tests) have different modules.
/// </summary>
internal sealed class CachedDocument
{
    private sealed record Built(byte[] Body, string ContentType, string ETag);

    private readonly ConcurrentDictionary<string, Lazy<Task<Built?>>> built = new(StringComparer.Ordinal);

    /// <summary>An endpoint filter for <c>MapOpenApi()</c>: the first request of a document builds it, every later one is served from memory.</summary>
    public static async ValueTask<object?> ServeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        var cache = http.RequestServices.GetRequiredService<CachedDocument>();
        // Per document, not per language: its words are written in both languages at once (the same bytes for zh-CN and en).
        var key = http.Request.Path.Value ?? "";
        // The first request builds it; one that arrives meanwhile waits for the same build rather than starting another.
        var lazy = cache.built.GetOrAdd(key, _ => new Lazy<Task<Built?>>(() => BuildAsync(invocation, next)));
        Built? document;
        try
        {
            document = await lazy.Value;
        }
        catch
        {
            // A build that failed (its request aborted) is not kept: the next request builds again.
            cache.built.TryRemove(key, out _);
            throw;
        }

        if (document is null)
        {
            // Not a document (an unknown name answers 404): nothing kept, and this request answers as the framework does.
            cache.built.TryRemove(key, out _);
            return await next(invocation);
        }

        http.Response.Headers.ETag = document.ETag;
        http.Response.Headers.CacheControl = "no-cache";
        if (http.Request.Headers.IfNoneMatch.ToString() == document.ETag)
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return Results.Empty;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = document.ContentType;
        http.Response.ContentLength = document.Body.Length;
        await http.Response.Body.WriteAsync(document.Body, http.RequestAborted);
        return Results.Empty;
    }

    private static async Task<Built?> BuildAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var response = invocation.HttpContext.Response;
        var features = invocation.HttpContext.Features;
        var original = features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer, original);
        features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await next(invocation);
            await capture.CompleteAsync();
        }
        finally
        {
            features.Set(original);
        }

        if (response.StatusCode != StatusCodes.Status200OK || buffer.Length == 0) return null;
        var body = buffer.ToArray();
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexString(SHA256.HashData(body))[..32] + "\"").ToString();
        return new Built(body, response.ContentType ?? "application/json;charset=utf-8", etag);
    }
}

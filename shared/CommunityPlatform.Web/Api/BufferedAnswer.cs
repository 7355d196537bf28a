using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// Runs the rest of an action or page into a buffer and then sends it, so that a filter which keeps answers
/// (<see cref="CitySums"/>, <c>KeptPages</c>) has the bytes it sent.
/// </summary>
public static class BufferedAnswer
{
    /// <returns>
    /// The answer's bytes when <paramref name="worthKeeping"/> says so once it is made, else null; sent either way.
    /// <paramref name="worthKeeping"/> is asked before anything is sent: the response's headers are still the action's own.
    /// </returns>
    public static async Task<byte[]?> SendAsync(HttpContext http, ResourceExecutionDelegate next, Func<bool> worthKeeping)
    {
        var features = http.Features;
        var original = features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer, original);
        features.Set<IHttpResponseBodyFeature>(capture);
        byte[]? body = null;
        try
        {
            var executed = await next();
            await capture.CompleteAsync();
            if (executed.Exception is null && worthKeeping()) body = buffer.ToArray();
        }
        finally
        {
            features.Set(original);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original.Stream, http.RequestAborted);
        return body;
    }
}

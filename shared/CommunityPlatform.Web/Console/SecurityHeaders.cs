using Microsoft.AspNetCore.Http;

namespace CommunityPlatform.Web.Console;

/// <summary>
/// Headers every answer carries: no inline script, nothing from elsewhere, no framing, no type sniffing. The API
/// reference page (Scalar) needs inline script and gets a looser policy of its own.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Strict = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    private const string ForScalar = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/scalar") ? ForScalar : Strict;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return next(http);
    }
}

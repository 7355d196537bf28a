using System.Diagnostics;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Web.Operations;

/// <summary>One structured line per request with the community and account it was for. Bodies are never logged.</summary>
public sealed class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    // RequestContext from the request's provider, not a parameter: see EndpointPolicy.InvokeAsync.
    public async Task InvokeAsync(HttpContext http)
    {
        var current = http.RequestServices.GetRequiredService<RequestContext>();
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
                logger.LogInformation(
                    "{Method} {Path} {Status} {ElapsedMs:0.0} ms community={Community} account={Account}",
                    http.Request.Method, http.Request.Path.Value, http.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, current.CommunityCode ?? "-", current.Access?.UserName ?? "-");
        }
    }
}

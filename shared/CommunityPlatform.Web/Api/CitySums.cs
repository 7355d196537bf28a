using System.Collections.Concurrent;
using System.Globalization;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// The answers of a street's or the city's sums (<c>scope=street|city</c> reports) kept for
/// <see cref="FreshFor"/> when the view holds many communities (<c>Platform:Oversight:KeepFrom</c>, 1,000 by default).
/// A live sum over a city of 10,000 communities takes seconds (a per-community piece each, decision 0007); the city's
/// people ask the same few figures again and again. Below the threshold every answer stays live, so a street (tens of
/// communities) sees its own writes at once. A kept answer carries <c>X-Figures-At</c>, when it was summed
/// (docs/decisions/0015 says which figures are live and which at most how old).
/// </summary>
public sealed class CitySums(TimeProvider clock, ICommunityDirectory directory, IConfiguration configuration) : IAsyncResourceFilter
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(10);

    private sealed record Kept(byte[] Body, string? ContentType, DateTimeOffset At);

    private readonly ConcurrentDictionary<string, Kept> kept = new(StringComparer.Ordinal);
    private readonly int keepFrom = configuration.GetValue("Platform:Oversight:KeepFrom", 1000);

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (KeyOf(http) is not { } key)
        {
            await next();
            return;
        }

        var now = clock.GetUtcNow();
        if (kept.TryGetValue(key, out var answer) && now - answer.At < FreshFor)
        {
            http.Response.Headers["X-Figures-At"] = answer.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            context.Result = new FileContentResult(answer.Body, answer.ContentType ?? "application/json");
            return;
        }

        if (await BufferedAnswer.SendAsync(http, next, () => http.Response.StatusCode == StatusCodes.Status200OK) is { } body)
            kept[key] = new Kept(body, http.Response.ContentType, now);
    }

    /// <summary>The kept answer's key — the request and the view it sums — or null when the answer is to be live.</summary>
    private string? KeyOf(HttpContext http)
    {
        // The API's answers only: a page carries its reader's own antiforgery token, and KeptPages keeps it per session.
        if (!HttpMethods.IsGet(http.Request.Method) || !http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return null;
        // The overview keeps its whole sum itself (KeptOverviews), so that its pages and sorts share one.
        var scope = http.Request.Query["scope"].ToString();
        if (scope is not ("city" or "street")) return null;
        if (http.RequestServices.GetRequiredService<RequestContext>().Access is not { Oversees: true } access) return null;
        var city = access.Kind == AccountKind.City && scope == "city";
        var size = city ? directory.All.Count : access.Communities.Count;
        if (size < keepFrom) return null;
        // The same figures for every account of one view: the city, or a street's communities (as the account sees them).
        var view = city ? "city" : $"street:{access.StreetId}:{http.Request.Headers["X-Community"]}:{access.Communities.Count}";
        return $"{view}|{CultureInfo.CurrentUICulture.Name}|{http.Request.Path}{http.Request.QueryString}";
    }
}

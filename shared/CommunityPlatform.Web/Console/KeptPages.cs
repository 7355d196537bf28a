using System.Globalization;
using CommunityPlatform.Cluster;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace CommunityPlatform.Web.Console;

/// <summary>
/// A console page a community's account reads again, served as it was made while nothing in the community has been
/// written since (<see cref="CommunityChanges"/>) and for at most <see cref="FreshFor"/> — the bound for what a page
/// shows of the clock (today's tasks, this week's meetings) and of other communities. Decision 0022.
/// <para>
/// Kept per account, community, language, address and cookies: a page carries its reader's antiforgery token, so it is
/// only ever given back to the same browser session. The account's access is checked on every request before this
/// filter (EndpointPolicy); only the page's making is skipped. Not kept: street, city and display accounts (their pages
/// sum many communities), anything but a 200 HTML page, a page that sets a cookie (a new antiforgery cookie, a flash
/// message read), and a request that asks for a fresh page (<c>Cache-Control: no-cache</c>, a browser's hard reload).
/// </para>
/// </summary>
public sealed class KeptPages : IAsyncResourceFilter
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(1);

    /// <summary>The header a kept page is given back with: when it was made (UTC).</summary>
    public const string KeptHeader = "X-Page-Made-At";

    private sealed record Kept(byte[] Body, KeyValuePair<string, string?[]>[] Headers, ChangeMark Mark, DateTimeOffset At, CachedSince Since);

    private readonly CommunityChanges changes;
    private readonly IClusterChannel channel;
    private readonly TimeProvider clock;
    private readonly bool enabled;
    private readonly MemoryCache kept;

    public KeptPages(CommunityChanges changes, IClusterChannel channel, TimeProvider clock, IConfiguration configuration)
    {
        this.changes = changes;
        this.channel = channel;
        this.clock = clock;
        enabled = configuration.GetValue("Platform:Console:KeepPages", true);
        // Sized in bytes of page: a full cache drops the pages least read.
        kept = new MemoryCache(new MemoryCacheOptions { SizeLimit = configuration.GetValue("Platform:Console:KeptPagesMegabytes", 32L) << 20 });
    }

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!enabled || context.ActionDescriptor is not PageActionDescriptor || KeyOf(http) is not { } found)
        {
            await next();
            return;
        }

        var (key, community) = found;
        var mark = changes.Of(community);
        var now = clock.GetUtcNow();
        if (!AsksFresh(http.Request) && kept.TryGetValue(key, out Kept? page) && page!.Mark == mark && (now - page.At).Duration() < FreshFor
            // While this instance cannot hear the others, their writes may be unheard: the cluster's fallback time then bounds it.
            && page.Since.IsFresh(channel))
        {
            foreach (var (name, values) in page.Headers) http.Response.Headers[name] = values;
            http.Response.Headers[KeptHeader] = page.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            context.Result = new FileContentResult(page.Body, page.Headers.First(h => h.Key == HeaderNames.ContentType).Value[0]!);
            return;
        }

        // The page's own headers, read before it is sent: the server adds its framing (Transfer-Encoding) as it sends.
        KeyValuePair<string, string?[]>[] headers = [];
        if (await BufferedAnswer.SendAsync(http, next, () =>
            {
                if (!IsKeepable(http.Response)) return false;
                headers = http.Response.Headers.Where(h => !Unkept.Contains(h.Key)).Select(h => KeyValuePair.Create(h.Key, h.Value.ToArray())).ToArray();
                return true;
            }) is { } body)
            kept.Set(key, new Kept(body, headers, mark, now, CachedSince.Now), new MemoryCacheEntryOptions { Size = body.Length + key.Length * 2, SlidingExpiration = FreshFor });
    }

    // Said by the server for each answer, or the answer's own: never replayed.
    private static readonly HashSet<string> Unkept = new(StringComparer.OrdinalIgnoreCase) { HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.SetCookie, KeptHeader };

    private static bool IsKeepable(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
        && !response.Headers.ContainsKey(HeaderNames.SetCookie);

    private static bool AsksFresh(HttpRequest request) =>
        request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase)
        || request.Headers.Pragma.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);

    /// <summary>The page's key and community, or null when it is made afresh for every request.</summary>
    private static (string Key, Guid Community)? KeyOf(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method)) return null;
        var current = http.RequestServices.GetRequiredService<RequestContext>();
        if (current is not { Access: { Oversees: false }, AccountId: { } account, CommunityId: { } community }) return null;
        var key = string.Join('\n', account.ToString("N"), community.ToString("N"), CultureInfo.CurrentUICulture.Name,
            http.Request.Path.Value, http.Request.QueryString.Value, http.Request.Headers.Cookie.ToString());
        return (key, community);
    }
}

using CommunityPlatform.Tenancy;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace CommunityPlatform.Web.Console;

/// <summary>The console's two small settings: which community the pages show, and their language. Both stick in a cookie.</summary>
public static class ConsoleEndpoints
{
    public static IEndpointRouteBuilder MapConsoleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/console/community", async (HttpContext http, IAntiforgery antiforgery, ICommunityDirectory directory) =>
        {
            // A post without its token is a bad request, not a server error (ValidateRequestAsync would throw).
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            var form = await http.Request.ReadFormAsync();
            if (directory.FindByCode(form["code"].ToString()) is { } community)
                http.Response.Cookies.Append(ConsoleSchemes.CommunityCookie, community.Code, Cookie(http));
            return Results.Redirect("/");
        }).WithMetadata(new Security.AllowsReadOnlyAccountsAttribute()).ExcludeFromDescription();

        app.MapGet("/console/language", (HttpContext http, string? to, string? back) =>
        {
            var culture = to == "en" ? "en" : "zh-CN";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), Cookie(http, TimeSpan.FromDays(365)));
            return Results.LocalRedirect(ReturnPath(back));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Where the language switch sends the reader back to: a path on this host, or the dashboard. Anything a browser
    /// could read as another host is refused — <c>//x</c> and <c>/\x</c> (browsers treat <c>\</c> as <c>/</c>), and
    /// control characters (browsers drop tabs and newlines, so <c>/\t/x</c> would become <c>//x</c>). The rest is
    /// sent as ASCII, non-ASCII percent-encoded, since a response header may carry nothing else.
    /// </summary>
    internal static string ReturnPath(string? back)
    {
        if (back is not { Length: > 0 } || back[0] != '/') return "/";
        if (back.Length > 1 && back[1] is '/' or '\\') return "/";
        if (back.Any(char.IsControl)) return "/";
        if (back.All(char.IsAscii)) return back;

        var path = new System.Text.StringBuilder(back.Length * 3);
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(back))
            if (b < 0x80) path.Append((char)b);
            else path.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        return path.ToString();
    }

    private static CookieOptions Cookie(HttpContext http, TimeSpan? lifetime = null) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        IsEssential = true,
        MaxAge = lifetime,
    };
}

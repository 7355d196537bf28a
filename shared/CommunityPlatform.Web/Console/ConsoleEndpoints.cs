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
            await antiforgery.ValidateRequestAsync(http);
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
            return Results.LocalRedirect(back is { Length: > 0 } && back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
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

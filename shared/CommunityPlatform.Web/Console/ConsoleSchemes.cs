using Microsoft.AspNetCore.Http;

namespace CommunityPlatform.Web.Console;

/// <summary>
/// The API and the console authenticate differently, chosen by path: bearer tokens under <c>/api</c> (never the
/// cookie, so no cross-site request can use a signed-in browser against the API), the console's cookie elsewhere.
/// </summary>
public static class ConsoleSchemes
{
    public const string Cookie = "Console";
    public const string ByPath = "ByPath";
    public const string CommunityCookie = "cp.community";

    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");
}

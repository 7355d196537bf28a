using Microsoft.AspNetCore.Http;

namespace CommunityPlatform.Web.Console;

/// <summary>Someone else chose this password (a new account, a reset): the console lets the person do nothing else until they choose their own.</summary>
public sealed class ForcedPasswordChange(RequestDelegate next)
{
    public const string Claim = "cp:must-change-password";
    public const string PasswordPage = "/account/password";

    public Task InvokeAsync(HttpContext http)
    {
        if (!ConsoleSchemes.IsApi(http) && http.User.HasClaim(c => c.Type == Claim)
            && !http.Request.Path.StartsWithSegments(PasswordPage) && !http.Request.Path.StartsWithSegments("/account/signout")
            && !http.Request.Path.StartsWithSegments("/_content") && !http.Request.Path.StartsWithSegments("/console/language"))
        {
            http.Response.Redirect(PasswordPage);
            return Task.CompletedTask;
        }

        return next(http);
    }
}

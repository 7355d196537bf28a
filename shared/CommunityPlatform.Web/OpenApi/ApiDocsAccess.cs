using System.Security.Claims;
using CommunityPlatform.Security;
using CommunityPlatform.Web.Console;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>
/// Who may read the OpenAPI document and the Scalar reference. <c>Platform:OpenApi:Anonymous</c> (default: true in
/// Development only) lets anyone; otherwise a signed-in account may — by bearer token, as a client of the API would,
/// or by the console's cookie, so a signed-in worker can open <c>/scalar</c> in the browser — and anyone else gets
/// the API's 401 ProblemDetails. The document lists every route, parameter and error a caller could probe: a
/// production host should not hand that map to the whole internet.
/// </summary>
internal static class ApiDocsAccess
{
    public const string Scheme = "ApiDocs";
    public const string Policy = "ApiDocs";

    public static bool IsAnonymous(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Platform:OpenApi:Anonymous", environment.IsDevelopment());

    public static AuthenticationBuilder AddApiDocsScheme(this AuthenticationBuilder authentication) =>
        authentication.AddPolicyScheme(Scheme, Scheme, o =>
        {
            o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ConsoleSchemes.Cookie;
            // Whatever was tried, a refusal is the API's 401 ProblemDetails, not a redirect to the sign-in page.
            o.ForwardChallenge = JwtBearerDefaults.AuthenticationScheme;
            o.ForwardForbid = JwtBearerDefaults.AuthenticationScheme;
        });

    public static AuthorizationBuilder AddApiDocsPolicy(this AuthorizationBuilder authorization) =>
        authorization.AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            // Signed in means an account that still exists and may sign in, as for the API itself.
            .RequireAssertion(async context =>
                context.Resource is HttpContext http
                && Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId)
                && await http.RequestServices.GetRequiredService<IAccountAccessSource>().GetAsync(accountId, http.RequestAborted) is not null));

    public static void MapApiDocs(this WebApplication app)
    {
        IEndpointConventionBuilder[] docs = [app.MapOpenApi().AddEndpointFilter(CachedDocument.ServeAsync), app.MapScalarApiReference(ScalarOffline.Configure)];
        var anonymous = IsAnonymous(app.Configuration, app.Environment);
        foreach (var endpoint in docs)
            if (anonymous) endpoint.AllowAnonymous();
            else endpoint.RequireAuthorization(Policy);
    }
}

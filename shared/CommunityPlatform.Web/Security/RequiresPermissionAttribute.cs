using CommunityPlatform.Errors;
using CommunityPlatform.Permissions;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// The action needs this permission in the request's community (city administrators hold every permission). A platform
/// permission also needs a city account: the tier is checked, not only the name, so no grant can carry a city power
/// into a community.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresPermissionAttribute(string permission) : Attribute, IAuthorizationFilter
{
    public string Permission { get; } = permission;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var current = context.HttpContext.RequestServices.GetRequiredService<RequestContext>();
        if (!current.IsSignedIn)
        {
            // A public action needs no account. Anywhere else no account is a refusal, not a pass: a request that is
            // authenticated but resolved to no account (a token naming none) must not reach a guarded action.
            if (context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any()) return;
            context.Result = Console.ConsoleSchemes.IsApi(context.HttpContext)
                ? new ObjectResult(ProblemWriter.Create(context.HttpContext, 401, PlatformErrors.Unauthorized)) { StatusCode = 401, ContentTypes = { "application/problem+json" } }
                : new ChallengeResult();
            return;
        }

        var tierHolds = current.Access!.Kind == AccountKind.City
            || !context.HttpContext.RequestServices.GetRequiredService<PermissionCatalog>().IsPlatform(Permission);
        if (tierHolds && current.Has(Permission)) return;

        if (!Console.ConsoleSchemes.IsApi(context.HttpContext))
        {
            context.Result = new ForbidResult();
            return;
        }

        context.Result = new ObjectResult(ProblemWriter.Create(context.HttpContext, 403, PlatformErrors.PermissionDenied, $"Requires {Permission}."))
        {
            StatusCode = 403,
            ContentTypes = { "application/problem+json" },
        };
    }
}

using System.Security.Claims;
using CommunityPlatform.Errors;
using CommunityPlatform.Permissions;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Errors;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// The one place that decides whether a request may reach its endpoint, API and console alike, from the endpoint's
/// metadata: a signed-in account unless the endpoint is public (<c>[AllowAnonymous]</c>); a token or session still
/// carrying the account's security stamp; its own password chosen; the community (its own, or <c>X-Community</c> among
/// those it may see); read-only for street accounts; the module switched on (<see cref="RequiresCommunityAttribute"/>);
/// every <see cref="RequiresPermissionAttribute"/> held, with its tier. It fills the request's
/// <see cref="RequestContext"/> as it goes, and counts writes so a community's move can hold them. Everything it reads is
/// in memory after the account's first request.
/// </summary>
public sealed class EndpointPolicy(RequestDelegate next)
{
    public const string CommunityHeader = "X-Community";

    // The services come from the request's provider here rather than as parameters of InvokeAsync: parameters beyond the
    // HttpContext make ASP.NET compile an expression per middleware when the pipeline is built, on the start's one thread.
    public Task InvokeAsync(HttpContext http)
    {
        var services = http.RequestServices;
        return InvokeAsync(http, services.GetRequiredService<IAccountAccessSource>(), services.GetRequiredService<ICommunityDirectory>(),
            services.GetRequiredService<IModuleSwitches>(), services.GetRequiredService<CommunityWrites>(), services.GetRequiredService<PermissionCatalog>(),
            services.GetRequiredService<LazyNarrowing>(), services.GetRequiredService<RequestContext>());
    }

    private async Task InvokeAsync(
        HttpContext http, IAccountAccessSource accounts, ICommunityDirectory directory, IModuleSwitches switches, CommunityWrites writes,
        PermissionCatalog catalog, LazyNarrowing narrowing, RequestContext context)
    {
        var endpoint = http.GetEndpoint();
        var isPublic = endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        var access = await SignedInAsync(http, accounts);
        if (access is null)
        {
            // Public, not an endpoint at all (404 follows), or guarded by a policy of its own (the API reference, which
            // takes either credential): not this policy's to refuse.
            if (isPublic || endpoint is null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null)
            {
                if (http.User.Identity?.IsAuthenticated == true) http.User = new ClaimsPrincipal(new ClaimsIdentity());
                await next(http);
            }
            else
            {
                await RefuseStrangerAsync(http);
            }

            return;
        }

        context.Access = access;
        if (access.MustChangePassword && !MayWhileForced(http))
        {
            await RefuseUntilPasswordChangedAsync(http);
            return;
        }

        // A display account sees the big screen and nothing else (it may sign out, and load the console's files).
        if (access.IsDisplay && !isPublic && endpoint?.Metadata.GetMetadata<ShownOnDisplaysAttribute>() is null && !MayWhileForced(http))
        {
            if (ConsoleSchemes.IsApi(http)) await ProblemWriter.WriteAsync(http, 403, PlatformErrors.PermissionDenied, "A display account sees only the big screen.");
            else http.Response.Redirect(ShownOnDisplaysAttribute.Screen);
            return;
        }

        var (community, refusal) = CommunityOf(http, access, directory);
        if (refusal is not null)
        {
            await ProblemWriter.WriteAsync(http, refusal.Value.Status, refusal.Value.Error);
            return;
        }

        context.SetCommunity(community);
        narrowing.Prepare(http, context);
        if (endpoint is null || isPublic)
        {
            await next(http);
            return;
        }

        // A street account writes only its own street actions (answering escalated events), guarded by street-tier permissions.
        if (access.IsReadOnly && IsWrite(http) && endpoint.Metadata.GetMetadata<AllowsReadOnlyAccountsAttribute>() is null
            && endpoint.Metadata.GetMetadata<StreetActionAttribute>() is null)
        {
            await ProblemWriter.WriteAsync(http, 403, PlatformErrors.ReadOnly);
            return;
        }

        // Over every community the account oversees, none chosen: an endpoint made for it, or a report asked for the
        // account's whole street or city (scope=street|city). Permissions are then held across them (street and city only),
        // and the report's sweep leaves out the communities with the module off.
        var across = community is null && access.Oversees
            && (endpoint.Metadata.GetMetadata<AcrossCommunitiesAttribute>() is not null || AsksForWholeScope(http, access));
        var needsCommunity = endpoint.Metadata.GetMetadata<RequiresCommunityAttribute>() is not null;
        if (needsCommunity && !across && !await ModuleGateAsync(http, endpoint, community, switches)) return;

        foreach (var required in endpoint.Metadata.GetOrderedMetadata<RequiresPermissionAttribute>())
        {
            // The tier is checked, not only the name: no grant carries a platform permission into a community.
            if ((access.Kind == AccountKind.City || !catalog.IsPlatform(required.Permission))
                && (across ? access.HasAcross(required.Permission) : context.Has(required.Permission))) continue;
            await RefusePermissionAsync(http, required.Permission);
            return;
        }

        if (!needsCommunity || across || !IsWrite(http))
        {
            await next(http);
            return;
        }

        // Writes to a community's data are counted, so that moving the community can wait for them and hold new ones back.
        if (!writes.TryBegin(community!.Id))
        {
            http.Response.Headers.RetryAfter = "30";
            await ProblemWriter.WriteAsync(http, 503, PlatformErrors.CommunityMoving);
            return;
        }

        try
        {
            await next(http);
        }
        finally
        {
            writes.End(community.Id);
        }
    }

    /// <summary>
    /// The account a validly signed token or cookie speaks for — only while it exists, is active and still has the
    /// security stamp it was issued with (a password change or reset, disabling or new grants change the stamp).
    /// </summary>
    private static async Task<AccountAccess?> SignedInAsync(HttpContext http, IAccountAccessSource accounts)
    {
        if (http.User.Identity?.IsAuthenticated != true || !Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId))
            return null;
        var access = await accounts.GetAsync(accountId, http.RequestAborted);
        return access is not null && access.IsCurrent(http.User.FindFirstValue(SecurityStamps.Claim)) ? access : null;
    }

    private static (CommunityInfo? Community, (int Status, ErrorCode Error)? Refusal) CommunityOf(HttpContext http, AccountAccess access, ICommunityDirectory directory)
    {
        if (http.Request.Headers.TryGetValue(CommunityHeader, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            var value = header.ToString().Trim();
            var named = Guid.TryParse(value, out var id) ? directory.Find(id) : directory.FindByCode(value);
            if (named is null) return (null, (404, PlatformErrors.CommunityNotFound));
            return access.CanSee(named.Id) ? (named, null) : (null, (403, PlatformErrors.CommunityForbidden));
        }

        if (access.Kind != AccountKind.City && access.Communities.Count == 1) return (directory.Find(access.Communities.First()), null);

        // The console remembers the community chosen in its switcher; the API never reads cookies.
        if (!ConsoleSchemes.IsApi(http) && http.Request.Cookies[ConsoleSchemes.CommunityCookie] is { Length: > 0 } chosen
            && directory.FindByCode(chosen) is { } picked && access.CanSee(picked.Id))
            return (picked, null);
        return (null, null);
    }

    private static async Task<bool> ModuleGateAsync(HttpContext http, Endpoint endpoint, CommunityInfo? community, IModuleSwitches switches)
    {
        if (community is null)
        {
            if (ConsoleSchemes.IsApi(http)) await ProblemWriter.WriteAsync(http, 400, PlatformErrors.CommunityRequired);
            else http.Response.Redirect("/");
            return false;
        }

        if (endpoint.Metadata.GetMetadata<ModuleEndpoint>() is not { IsPlatform: false } module || switches.IsEnabled(community.Id, module.Module)) return true;
        if (ConsoleSchemes.IsApi(http)) await ProblemWriter.WriteAsync(http, 404, PlatformErrors.ModuleDisabled);
        else http.Response.StatusCode = 404;
        return false;
    }

    /// <summary>A read of figures over the account's whole reach: <c>scope=street</c> by a street account, <c>scope=city</c> by the city.</summary>
    private static bool AsksForWholeScope(HttpContext http, AccountAccess access) =>
        HttpMethods.IsGet(http.Request.Method) && http.Request.Query["scope"].ToString() is { Length: > 0 } scope
        && (access.Kind is AccountKind.Street or AccountKind.Display ? scope.Equals("street", StringComparison.OrdinalIgnoreCase) : scope.Equals("city", StringComparison.OrdinalIgnoreCase));

    private static bool IsWrite(HttpContext http) => !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method);

    // Someone else chose the password: the person may read who they are and choose their own, nothing else.
    private static bool MayWhileForced(HttpContext http)
    {
        var path = http.Request.Path;
        return ConsoleSchemes.IsApi(http)
            ? path.Equals("/api/account/password") || path.Equals("/api/account/me")
            : path.StartsWithSegments(ForcedPasswordChange.PasswordPage) || path.StartsWithSegments("/account/signout")
              || path.StartsWithSegments("/_content") || path.StartsWithSegments("/console/language");
    }

    private static Task RefuseUntilPasswordChangedAsync(HttpContext http)
    {
        if (ConsoleSchemes.IsApi(http)) return ProblemWriter.WriteAsync(http, 403, PlatformErrors.MustChangePassword);
        http.Response.Redirect(ForcedPasswordChange.PasswordPage);
        return Task.CompletedTask;
    }

    private static async Task RefuseStrangerAsync(HttpContext http)
    {
        if (ConsoleSchemes.IsApi(http))
        {
            await ProblemWriter.WriteAsync(http, 401, PlatformErrors.Unauthorized);
            return;
        }

        // No session, or one that ended (password changed elsewhere, account disabled): sign in (again).
        if (http.User.Identity?.IsAuthenticated == true) await http.SignOutAsync(ConsoleSchemes.Cookie);
        await http.ChallengeAsync(ConsoleSchemes.Cookie);
    }

    private static Task RefusePermissionAsync(HttpContext http, string permission) =>
        ConsoleSchemes.IsApi(http)
            ? ProblemWriter.WriteAsync(http, 403, PlatformErrors.PermissionDenied, $"Requires {permission}.")
            : http.ForbidAsync(ConsoleSchemes.Cookie);
}

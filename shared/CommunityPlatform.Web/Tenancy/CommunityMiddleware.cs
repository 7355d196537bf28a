using System.Security.Claims;
using CommunityPlatform.Errors;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace CommunityPlatform.Web.Tenancy;

/// <summary>
/// Decides which community a request is for and whether it may go on: from the account, or from <c>X-Community</c>
/// among the account's communities only. Then the street read-only rule and the module gate. Everything it reads
/// is in memory after the account's first request.
/// </summary>
public sealed class CommunityMiddleware(RequestDelegate next)
{
    public const string Header = "X-Community";

    public async Task InvokeAsync(
        HttpContext http, IAccountAccessSource accounts, ICommunityDirectory directory, IModuleSwitches switches, CommunityWrites writes, RequestContext context)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            await next(http);
            return;
        }

        // A validly signed token or cookie speaks for an account only while the account exists, is active and still has
        // the security stamp it was issued with (a password change or reset, disabling or new grants change the stamp).
        var access = Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId)
            ? await accounts.GetAsync(accountId, http.RequestAborted)
            : null;
        if (access is null || !access.IsCurrent(http.User.FindFirstValue(SecurityStamps.Claim)))
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null)
            {
                // A public page or the sign-in itself: served as to anyone, not refused for a stale session.
                http.User = new ClaimsPrincipal(new ClaimsIdentity());
                await next(http);
                return;
            }

            await RefuseSessionAsync(http);
            return;
        }

        if (access.MustChangePassword && Console.ConsoleSchemes.IsApi(http) && !MayWhileForced(http.Request.Path))
        {
            await ProblemWriter.WriteAsync(http, 403, PlatformErrors.MustChangePassword);
            return;
        }

        context.Access = access;
        context.AccountId = accountId;
        context.AccountName = access.UserName;

        var community = default(CommunityInfo);
        if (http.Request.Headers.TryGetValue(Header, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            var value = header.ToString().Trim();
            community = Guid.TryParse(value, out var id) ? directory.Find(id) : directory.FindByCode(value);
            if (community is null)
            {
                await ProblemWriter.WriteAsync(http, 404, PlatformErrors.CommunityNotFound);
                return;
            }

            if (!access.CanSee(community.Id))
            {
                await ProblemWriter.WriteAsync(http, 403, PlatformErrors.CommunityForbidden);
                return;
            }
        }
        else if (access.Kind != AccountKind.City && access.Communities.Count == 1)
        {
            community = directory.Find(access.Communities.First());
        }
        else if (!Console.ConsoleSchemes.IsApi(http) && http.Request.Cookies[Console.ConsoleSchemes.CommunityCookie] is { Length: > 0 } chosen
                 && directory.FindByCode(chosen) is { } picked && access.CanSee(picked.Id))
        {
            // The console remembers the community chosen in its switcher; the API never reads cookies.
            community = picked;
        }

        context.SetCommunity(community);

        var endpoint = http.GetEndpoint();
        if (access.IsReadOnly && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && endpoint?.Metadata.GetMetadata<Security.AllowsReadOnlyAccountsAttribute>() is null)
        {
            await ProblemWriter.WriteAsync(http, 403, PlatformErrors.ReadOnly);
            return;
        }

        if (endpoint?.Metadata.GetMetadata<RequiresCommunityAttribute>() is not null)
        {
            if (community is null)
            {
                if (!Console.ConsoleSchemes.IsApi(http))
                {
                    http.Response.Redirect("/");
                    return;
                }

                await ProblemWriter.WriteAsync(http, 400, PlatformErrors.CommunityRequired);
                return;
            }

            if (endpoint.Metadata.GetMetadata<ModuleEndpoint>() is { IsPlatform: false } module && !switches.IsEnabled(community.Id, module.Module))
            {
                if (Console.ConsoleSchemes.IsApi(http)) await ProblemWriter.WriteAsync(http, 404, PlatformErrors.ModuleDisabled);
                else http.Response.StatusCode = 404;
                return;
            }
        }

        // Writes to a community's data are counted, so that moving the community can wait for them and hold new ones back.
        var isWrite = community is not null && endpoint?.Metadata.GetMetadata<RequiresCommunityAttribute>() is not null
            && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method);
        if (!isWrite)
        {
            await next(http);
            return;
        }

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

    // Someone else chose the password: the API lets the person read who they are and choose their own, nothing else.
    private static bool MayWhileForced(PathString path) => path.Equals("/api/account/password") || path.Equals("/api/account/me");

    private static async Task RefuseSessionAsync(HttpContext http)
    {
        if (Console.ConsoleSchemes.IsApi(http))
        {
            await ProblemWriter.WriteAsync(http, 401, PlatformErrors.Unauthorized);
            return;
        }

        // The console's session ended (password changed elsewhere, account disabled): sign in again.
        await http.SignOutAsync(Console.ConsoleSchemes.Cookie);
        http.Response.Redirect("/account/signin");
    }
}

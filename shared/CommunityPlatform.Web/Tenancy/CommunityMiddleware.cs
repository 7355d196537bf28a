using System.Security.Claims;
using CommunityPlatform.Errors;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Errors;
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
        HttpContext http, IAccountAccessSource accounts, ICommunityDirectory directory, IModuleSwitches switches, CommunityWrites writes, CurrentAccount current, DataScope scope)
    {
        if (http.User.Identity?.IsAuthenticated != true || !Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId))
        {
            await next(http);
            return;
        }

        var access = await accounts.GetAsync(accountId, http.RequestAborted);
        if (access is null)
        {
            await ProblemWriter.WriteAsync(http, 401, PlatformErrors.Unauthorized);
            return;
        }

        current.Access = access;
        scope.AccountId = accountId;
        scope.AccountName = access.UserName;

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

        current.CommunityId = community?.Id;
        scope.SetCommunity(community);

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
}

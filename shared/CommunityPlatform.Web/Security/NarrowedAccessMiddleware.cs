using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.AspNetCore.Http;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// After the community is known: for each module that narrows access and is on in the community, an account without
/// the module's whole-access permission gets the record keys the module allows it, on the request's <see cref="DataScope"/>.
/// Accounts with the permission (secretaries, street and city), and those that may not read the module at all, cost no query here.
/// </summary>
public sealed class NarrowedAccessMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, CurrentAccount current, DataScope scope, IModuleSwitches switches, IEnumerable<INarrowedAccessSource> sources)
    {
        if (current.Access is { } access && scope.CommunityId is { } community)
        {
            foreach (var source in sources)
            {
                if (!access.Has(community, source.ReadPermission) || access.Has(community, source.WholeAccessPermission) || !switches.IsEnabled(community, source.Module)) continue;
                scope.Narrowing.Narrow(source.Module, await source.KeysAsync(access.AccountId, http.RequestServices, http.RequestAborted));
            }
        }

        await next(http);
    }
}

using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.AspNetCore.Http;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// After the community is known: for each declared <see cref="NarrowedAccessRule"/>, an account that may read the
/// module but lacks its whole-access permission gets the keys the rule's suppliers give it, on the request's
/// <see cref="RequestContext"/>. Only suppliers whose module is on in the community are asked; with none on, the account is
/// narrowed to nothing (fails closed). Accounts with whole access, and those that may not read the module at all, cost
/// no query here — only two lookups in the account's permission set per rule.
/// </summary>
public sealed class NarrowedAccessMiddleware(RequestDelegate next, IEnumerable<NarrowedAccessRule> rules, IEnumerable<INarrowedAccessKeys> suppliers)
{
    private readonly (NarrowedAccessRule Rule, INarrowedAccessKeys[] Suppliers)[] narrowings = rules
        .Select(rule => (rule, suppliers.Where(s => string.Equals(s.Narrowing, rule.Name, StringComparison.OrdinalIgnoreCase)).ToArray()))
        .ToArray();

    public async Task InvokeAsync(HttpContext http, RequestContext current, IModuleSwitches switches)
    {
        if (current.Access is { } access && current.CommunityId is { } community)
        {
            List<(string Name, List<Guid> Keys)>? narrowed = null;
            foreach (var (rule, ruleSuppliers) in narrowings)
            {
                if (!access.Has(community, rule.ReadPermission) || access.Has(community, rule.WholeAccessPermission)) continue;
                var keys = new List<Guid>();
                foreach (var supplier in ruleSuppliers)
                    if (switches.IsEnabled(community, supplier.Module))
                        keys.AddRange(await supplier.KeysAsync(access.AccountId, http.RequestServices, http.RequestAborted));
                (narrowed ??= []).Add((rule.Name, keys));
            }

            // Applied once every supplier has read: a supplier reads past every narrowing of the request, its own module's too.
            if (narrowed is not null)
                foreach (var (name, keys) in narrowed) current.Narrowing.Narrow(name, keys);
        }

        await next(http);
    }
}

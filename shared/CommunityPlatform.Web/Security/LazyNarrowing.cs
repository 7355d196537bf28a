using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// Gives the request's <see cref="NarrowedAccess"/> the way to learn its keys, once the account and community are
/// known. For each declared <see cref="NarrowedAccessRule"/>, an account that may read the module but lacks its
/// whole-access permission is narrowed to the keys the rule's suppliers give it; only suppliers whose module is on in the
/// community are asked, and with none on the account is narrowed to nothing (fails closed). The keys are read when a
/// query of a narrowed module first needs them — an account narrowed in one module pays nothing when it calls another — in a scope of
/// their own for the community, so suppliers see past every narrowing and never share a context with the query that
/// asked. Accounts with whole access cost two lookups in their permission set per rule, and no resolver at all.
/// </summary>
public sealed class LazyNarrowing(IEnumerable<NarrowedAccessRule> rules, IEnumerable<INarrowedAccessKeys> suppliers, IModuleSwitches switches, IServiceScopeFactory scopes)
{
    private readonly Dictionary<string, INarrowedAccessKeys[]> suppliersByNarrowing = rules.ToDictionary(
        rule => rule.Name,
        rule => suppliers.Where(s => string.Equals(s.Narrowing, rule.Name, StringComparison.OrdinalIgnoreCase)).ToArray(),
        StringComparer.OrdinalIgnoreCase);

    private readonly NarrowedAccessRule[] all = rules.ToArray();

    public void Prepare(HttpContext http, RequestContext context)
    {
        if (context.Access is not { } access || context.Community is not { } community) return;
        // Nothing allocated for an account no rule applies to: the hot path of every secretary's request.
        HashSet<string>? applying = null;
        foreach (var rule in all)
            if (access.Has(community.Id, rule.ReadPermission) && !access.Has(community.Id, rule.WholeAccessPermission))
                (applying ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(rule.Name);
        if (applying is null) return;

        AsyncServiceScope? keyScope = null;
        context.Narrowing.ResolveWith(narrowing =>
        {
            if (!applying.Contains(narrowing)) return null;
            if (keyScope is null)
            {
                keyScope = scopes.CreateAsyncScope(community);
                http.Response.RegisterForDisposeAsync(keyScope.Value);
            }

            var keys = new List<Guid>();
            foreach (var supplier in suppliersByNarrowing[narrowing].Where(s => switches.IsEnabled(community.Id, s.Module)))
                // A query filter's value is read synchronously: the supplier's short read waits here, once per narrowing.
                keys.AddRange(supplier.KeysAsync(access.AccountId, keyScope.Value.ServiceProvider, http.RequestAborted).GetAwaiter().GetResult());
            return keys;
        });
    }
}

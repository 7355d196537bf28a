using CommunityPlatform.Tenancy;
namespace CommunityPlatform.Security;

/// <summary>
/// A narrowing, declared by the module whose records are narrowed (e.g. the registry: residents, households and
/// buildings by building). An account in a community that may read the module (<see cref="ReadPermission"/>) but lacks
/// <see cref="WholeAccessPermission"/> sees only the records whose key is among the keys the
/// <see cref="INarrowedAccessKeys"/> suppliers of this narrowing give it. Registered with
/// <c>ModuleServices.Narrows</c>; the module's context names the narrowed entities with <c>NarrowedAccess(this, Name)</c>.
/// </summary>
/// <param name="Name">What the keys are, e.g. <c>Residents.Buildings</c>; suppliers name it to contribute keys.</param>
/// <param name="ReadPermission">The module's permission to read at all: an account without it never reaches the records, so it is not narrowed (no query).</param>
/// <param name="WholeAccessPermission">An account holding this permission in the community sees every record (no query).</param>
public sealed record NarrowedAccessRule(string Name, string ReadPermission, string WholeAccessPermission);

/// <summary>
/// Contributes the keys an account may see to a <see cref="NarrowedAccessRule"/>, e.g. a module that posts workers to
/// areas gives a worker the buildings of the areas they staff. Asked only for narrowed accounts, and only where <see cref="Module"/>
/// is switched on: with no supplier on, the account sees nothing (narrowing fails closed). A singleton that reads with
/// the request's services; it reads before any narrowing of the request applies, so it sees past its own.
/// </summary>
public interface INarrowedAccessKeys
{
    /// <summary>The <see cref="NarrowedAccessRule.Name"/> this supplier gives keys for.</summary>
    string Narrowing { get; }

    /// <summary>The module that supplies the keys, by its name: a community with it switched off gets none from it.</summary>
    string Module { get; }

    /// <summary>The keys the account may see in the request's community (read with <paramref name="requestServices"/>); empty means none.</summary>
    Task<IReadOnlyCollection<Guid>> KeysAsync(Guid accountId, IServiceProvider requestServices, CancellationToken cancellationToken);
}

/// <summary>
/// The record keys this request's account may see, per narrowing; a narrowing not named here does not apply. Lives on
/// the request's <c>RequestContext</c>, so query filters read it the same way they read the community. Keys are read
/// lazily: the first query of a narrowed module asks the resolver the endpoint policy gave, so a request that never
/// touches a narrowed module reads no keys at all.
/// </summary>
public sealed class NarrowedAccess
{
    private readonly Dictionary<string, List<Guid>> keysByNarrowing = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> asked = new(StringComparer.OrdinalIgnoreCase);
    private Func<string, IReadOnlyCollection<Guid>?>? resolver;

    public bool IsNarrowed(string narrowing)
    {
        Resolve(narrowing);
        return keysByNarrowing.ContainsKey(narrowing);
    }

    /// <summary>The keys the account may see under <paramref name="narrowing"/>, or null when it does not apply.</summary>
    public List<Guid>? Keys(string narrowing)
    {
        Resolve(narrowing);
        return keysByNarrowing.GetValueOrDefault(narrowing);
    }

    /// <summary>For the query filters: null when <paramref name="narrowing"/> does not apply, so the filter's SQL leaves it out entirely.</summary>
    public bool? Marker(string narrowing) => IsNarrowed(narrowing) ? true : null;

    public void Narrow(string narrowing, IEnumerable<Guid> keys) => keysByNarrowing[narrowing] = keys.Distinct().ToList();

    /// <summary>
    /// How to learn a narrowing's keys when a query first needs them: null when it does not apply to the account. Asked
    /// once per narrowing; a narrowing set with <see cref="Narrow"/> is not asked.
    /// </summary>
    public void ResolveWith(Func<string, IReadOnlyCollection<Guid>?> keys) => resolver = keys;

    /// <summary>Narrows <paramref name="other"/> (the scope of work done for this request elsewhere) the same way.</summary>
    public void CopyTo(NarrowedAccess other)
    {
        foreach (var (narrowing, keys) in keysByNarrowing) other.Narrow(narrowing, keys);
        other.resolver = resolver;
    }

    private void Resolve(string narrowing)
    {
        if (resolver is null || keysByNarrowing.ContainsKey(narrowing) || !asked.Add(narrowing)) return;
        if (resolver(narrowing) is { } keys) Narrow(narrowing, keys);
    }
}

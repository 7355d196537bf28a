namespace CommunityPlatform.Security;

/// <summary>
/// A module's answer to "which of my records may this account see?" for accounts that lack the module's
/// <see cref="WholeAccessPermission"/> (e.g. a grid worker sees the records of their own grids only). The kernel asks
/// it once per request and the module's context filters every query by the keys it gave. A singleton: it costs nothing
/// for the accounts it does not narrow, and reads the keys with the request's services when it does.
/// </summary>
public interface INarrowedAccessSource
{
    /// <summary>The module whose records are narrowed, by its name.</summary>
    string Module { get; }

    /// <summary>An account holding this permission in the community sees every record: nothing is narrowed.</summary>
    string WholeAccessPermission { get; }

    /// <summary>The module's permission to read at all: an account without it never reaches the records, so it is not asked about (no query).</summary>
    string ReadPermission { get; }

    /// <summary>The record keys the account may see in the request's community (read with <paramref name="requestServices"/>); empty means none.</summary>
    Task<IReadOnlyCollection<Guid>> KeysAsync(Guid accountId, IServiceProvider requestServices, CancellationToken cancellationToken);
}

/// <summary>
/// The record keys this request's account may see, per module; a module not named here is not narrowed. Lives on the
/// request's <c>DataScope</c>, so query filters read it the same way they read the community.
/// </summary>
public sealed class NarrowedAccess
{
    private static readonly List<Guid> None = [];
    private readonly Dictionary<string, List<Guid>> keysByModule = new(StringComparer.OrdinalIgnoreCase);

    public bool IsNarrowed(string module) => keysByModule.ContainsKey(module);

    /// <summary>The keys the account may see in <paramref name="module"/>; empty when it is not narrowed (then the filter does not look).</summary>
    public List<Guid> Keys(string module) => keysByModule.GetValueOrDefault(module) ?? None;

    public void Narrow(string module, IEnumerable<Guid> keys) => keysByModule[module] = keys.Distinct().ToList();

    /// <summary>Narrows <paramref name="other"/> (the scope of work done for this request elsewhere) the same way.</summary>
    public void CopyTo(NarrowedAccess other)
    {
        foreach (var (module, keys) in keysByModule) other.Narrow(module, keys);
    }
}

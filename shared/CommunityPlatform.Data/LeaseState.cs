using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data;

/// <summary>
/// State the interceptors keep beside a context between two callbacks of one save (entries waiting for a commit, the
/// write turn, outbox rows to announce). Contexts are pooled (decision 0020), so one instance serves many requests in
/// turn; a save that ends unseen (a transaction disposed without commit or rollback) must not leave its state to the
/// next request that leases the same instance. Each value is kept with the lease it was made under — the context's
/// <see cref="IPlatformDbContext.Scope"/>, set anew on every lease — and a value of an earlier lease reads as absent.
/// </summary>
public sealed class LeaseState<T> where T : class
{
    private readonly ConditionalWeakTable<DbContext, Held> held = new();

    /// <summary>What tells one lease of a context from the next; null for a context the kernel does not lease.</summary>
    public static object? LeaseOf(DbContext context) => (context as IPlatformDbContext)?.Scope;

    public void Set(DbContext context, T value) => held.AddOrUpdate(context, new Held(LeaseOf(context), value));

    public bool TryGet(DbContext context, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        value = held.TryGetValue(context, out var entry) && ReferenceEquals(entry.Lease, LeaseOf(context)) ? entry.Value : null;
        return value is not null;
    }

    /// <summary>Forgets the context's value; true when it had one of its current lease.</summary>
    public bool Remove(DbContext context)
    {
        var current = TryGet(context, out _);
        held.Remove(context);
        return current;
    }

    private sealed record Held(object? Lease, T Value);
}

using System.Collections.Concurrent;

namespace CommunityPlatform.Tenancy;

/// <summary>
/// Counts the writes in flight per community and can hold new ones back, so that a community's data can be moved
/// with nothing changing under the copy. One host instance; several would need a shared lock.
/// </summary>
public sealed class CommunityWrites
{
    private readonly ConcurrentDictionary<Guid, int> inFlight = new();
    private readonly ConcurrentDictionary<Guid, bool> held = new();

    public bool IsHeld(Guid community) => held.ContainsKey(community);

    /// <summary>Marks a write as started; false when the community's writes are held back.</summary>
    public bool TryBegin(Guid community)
    {
        if (IsHeld(community)) return false;
        inFlight.AddOrUpdate(community, 1, (_, n) => n + 1);
        if (!IsHeld(community)) return true;
        End(community);
        return false;
    }

    public void End(Guid community) => inFlight.AddOrUpdate(community, 0, (_, n) => Math.Max(0, n - 1));

    /// <summary>Holds new writes back and waits for those in flight, until the returned handle is disposed.</summary>
    public async Task<IDisposable> HoldAsync(Guid community, TimeSpan wait, CancellationToken cancellationToken)
    {
        held[community] = true;
        var until = DateTime.UtcNow + wait;
        while (inFlight.GetValueOrDefault(community) > 0)
        {
            if (DateTime.UtcNow > until)
            {
                held.TryRemove(community, out _);
                throw new TimeoutException("Writes of the community did not finish in time.");
            }

            await Task.Delay(20, cancellationToken);
        }

        return new Release(() => held.TryRemove(community, out _));
    }

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}

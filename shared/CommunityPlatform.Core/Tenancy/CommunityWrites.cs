using System.Collections.Concurrent;
using CommunityPlatform.Cluster;

namespace CommunityPlatform.Tenancy;

/// <summary>
/// Counts the writes in flight per community and can hold new ones back, so that a community's data can be moved
/// with nothing changing under the copy. With several host instances the hold is said on the cluster channel: every
/// instance holds the community's writes, waits for its own in flight and answers "drained"; the mover copies only when
/// every listener has answered, and repeats the hold every few seconds so that a mover that dies frees the others
/// (<see cref="HeldByOthersFor"/> after its last word). See docs/decisions/0016-several-hosts.md.
/// </summary>
public sealed class CommunityWrites
{
    public const string Topic = "write-holds";

    /// <summary>How long a hold said by another instance lasts without being said again.</summary>
    public static readonly TimeSpan HeldByOthersFor = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan SayAgainEvery = TimeSpan.FromSeconds(10);

    private readonly IClusterChannel channel;
    private readonly string self = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<Guid, int> inFlight = new();
    private readonly ConcurrentDictionary<Guid, long> heldUntil = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> drained = new();

    public CommunityWrites(IClusterChannel channel)
    {
        this.channel = channel;
        channel.Listen(Topic, Heard);
    }

    public bool IsHeld(Guid community) => heldUntil.TryGetValue(community, out var until) && Environment.TickCount64 < until;

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

    /// <summary>Holds new writes back on every instance and waits for those in flight, until the returned handle is disposed.</summary>
    public async Task<IDisposable> HoldAsync(Guid community, TimeSpan wait, CancellationToken cancellationToken)
    {
        heldUntil[community] = long.MaxValue;
        var hold = Guid.NewGuid().ToString("N");
        var answers = drained[hold] = new ConcurrentDictionary<string, bool>();
        var holding = $"hold {community} {hold}";
        try
        {
            // Every listener heard it, this instance's own among them; each other one answers once its writes are done.
            var others = Math.Max(0, await channel.SendAsync(Topic, holding) - 1);
            var until = DateTime.UtcNow + wait;
            while (inFlight.GetValueOrDefault(community) > 0 || answers.Count < others)
            {
                if (DateTime.UtcNow > until)
                    throw new TimeoutException($"Writes of the community did not finish in time ({answers.Count} of {others} other instances drained).");
                await Task.Delay(20, cancellationToken);
            }
        }
        catch
        {
            Release(community, hold);
            throw;
        }

        var again = new Timer(_ => channel.Tell(Topic, holding), null, SayAgainEvery, SayAgainEvery);
        return new Handle(() =>
        {
            again.Dispose();
            Release(community, hold);
        });
    }

    private void Release(Guid community, string hold)
    {
        heldUntil.TryRemove(community, out _);
        drained.TryRemove(hold, out _);
        channel.Tell(Topic, $"release {community}");
    }

    private void Heard(string message)
    {
        var words = message.Split(' ');
        switch (words)
        {
            case ["hold", var id, var hold] when Guid.TryParse(id, out var community):
                var first = !IsHeld(community);
                heldUntil[community] = Environment.TickCount64 + (long)HeldByOthersFor.TotalMilliseconds;
                if (first) _ = AnswerWhenDrainedAsync(community, hold);
                break;
            case ["release", var id] when Guid.TryParse(id, out var community):
                heldUntil.TryRemove(community, out _);
                break;
            case ["drained", var hold, var instance] when drained.TryGetValue(hold, out var answers):
                answers[instance] = true;
                break;
        }
    }

    private async Task AnswerWhenDrainedAsync(Guid community, string hold)
    {
        // Silence while writes are still running: the mover then gives up (after its own wait) rather than copy under them.
        var until = DateTime.UtcNow + HeldByOthersFor;
        while (inFlight.GetValueOrDefault(community) > 0)
        {
            if (DateTime.UtcNow > until) return;
            await Task.Delay(20);
        }

        channel.Tell(Topic, $"drained {hold} {self}");
    }

    private sealed class Handle(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}

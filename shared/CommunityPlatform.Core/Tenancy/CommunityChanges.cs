using System.Collections.Concurrent;
using CommunityPlatform.Cluster;

namespace CommunityPlatform.Tenancy;

/// <summary>
/// Where each community's data stands: a count of the committed writes to it, so that what is read from it can be kept
/// until the next one (the console's kept pages, decision 0022). A write with no community (a job that is nobody's, a
/// city account's change) counts for every community. Every instance behind one load balancer hears the others' writes
/// on the cluster channel; while it cannot, what it keeps lives only the channel's fallback time.
/// </summary>
public sealed class CommunityChanges
{
    public const string Topic = "changes";

    private const string Everyone = "*";

    private readonly IClusterChannel channel;
    private readonly ConcurrentDictionary<Guid, long> counts = new();
    private long everyone;

    public CommunityChanges(IClusterChannel channel)
    {
        this.channel = channel;
        channel.Listen(Topic, message => Count(Guid.TryParse(message, out var community) ? community : null));
        // What was said while this instance could not hear is lost: every community counts as changed.
        channel.OnResumed(() => Count(null));
    }

    /// <summary>
    /// The community's mark now. Read it before reading the data: a write committed meanwhile moves the mark on, so what
    /// was read is never taken for newer than it is.
    /// </summary>
    public ChangeMark Of(Guid community) => new(Interlocked.Read(ref everyone), counts.GetValueOrDefault(community));

    /// <summary>A write to <paramref name="community"/>'s data (null: data any community may show) was committed.</summary>
    public void Noticed(Guid? community)
    {
        Count(community);
        channel.Tell(Topic, community?.ToString() ?? Everyone);
    }

    private void Count(Guid? community)
    {
        if (community is { } id) counts.AddOrUpdate(id, 1, static (_, n) => n + 1);
        else Interlocked.Increment(ref everyone);
    }
}

/// <summary>A community's place in <see cref="CommunityChanges"/>: equal marks mean no write was committed in between.</summary>
public readonly record struct ChangeMark(long Everyone, long Community);

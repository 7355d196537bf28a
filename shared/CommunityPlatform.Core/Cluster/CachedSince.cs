namespace CommunityPlatform.Cluster;

/// <summary>
/// When a cached entry was read from the database, and whether it may still be used: always while the instances hear
/// each other (a change elsewhere arrives as a message), for <see cref="IClusterChannel.FallbackTimeToLive"/> while not.
/// </summary>
public readonly record struct CachedSince(long Ticks)
{
    public static CachedSince Now => new(Environment.TickCount64);

    public bool IsFresh(IClusterChannel channel) =>
        channel.IsListening || Environment.TickCount64 - Ticks < (long)channel.FallbackTimeToLive.TotalMilliseconds;
}

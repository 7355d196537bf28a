namespace CommunityPlatform.Cluster;

/// <summary>
/// What the host instances behind one load balancer tell each other: "forget this cached entry", "hold this community's
/// writes". With <c>Platform:Cluster:Redis</c> it is Redis pub/sub; without it the host is alone and there is nobody to
/// tell (<see cref="AloneChannel"/>). See docs/decisions/0016-several-hosts.md.
/// </summary>
public interface IClusterChannel
{
    /// <summary>True while this instance hears the others (always when alone); false while Redis cannot be reached.</summary>
    bool IsListening { get; }

    /// <summary>How long a cached entry may be used while <see cref="IsListening"/> is false (<c>Platform:Cluster:FallbackSeconds</c>, 30 s).</summary>
    TimeSpan FallbackTimeToLive { get; }

    /// <summary>Tells every other instance; answers how many listeners heard it (this one's included), 0 when alone.</summary>
    Task<long> SendAsync(string topic, string message);

    /// <summary>Calls <paramref name="handler"/> with each message another instance sends on <paramref name="topic"/>.</summary>
    void Listen(string topic, Action<string> handler);

    /// <summary>
    /// Calls <paramref name="forgetAll"/> when this instance hears the others again after a break: what was said meanwhile
    /// is lost, so every cache starts afresh.
    /// </summary>
    void OnResumed(Action forgetAll);
}

namespace CommunityPlatform.Cluster;

/// <summary>One host instance: every change is made and forgotten here, so nothing needs saying to anyone.</summary>
public sealed class AloneChannel : IClusterChannel
{
    public bool IsListening => true;

    public TimeSpan FallbackTimeToLive => Timeout.InfiniteTimeSpan;

    public Task<long> SendAsync(string topic, string message) => Task.FromResult(0L);

    public void Listen(string topic, Action<string> handler)
    {
    }

    public void OnResumed(Action forgetAll)
    {
    }
}

namespace CommunityPlatform.Cluster;

public static class Telling
{
    /// <summary>
    /// Sends without waiting: the change is already made and forgotten on this instance, and a message lost while Redis
    /// is away is covered by the fallback time-to-live.
    /// </summary>
    public static void Tell(this IClusterChannel channel, string topic, string message) =>
        _ = channel.SendAsync(topic, message).ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
}

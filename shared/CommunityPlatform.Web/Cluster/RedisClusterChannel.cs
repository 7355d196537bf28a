using System.Collections.Concurrent;
using CommunityPlatform.Cluster;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CommunityPlatform.Web.Cluster;

/// <summary>
/// The cluster channel on Redis pub/sub: one Redis channel, each message "sender topic text"; an instance skips its own.
/// Whether this instance hears the others is read from the multiplexer's subscription, at once when the connection
/// fails and every half second otherwise; hearing them again after a break makes every cache start afresh, since
/// whatever was said meanwhile is lost.
/// </summary>
public sealed class RedisClusterChannel : IClusterChannel, IDisposable
{
    private static readonly RedisChannel Messages = RedisChannel.Literal("cp:cluster");

    private readonly IConnectionMultiplexer redis;
    private readonly ILogger logger;
    private readonly string self = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, ConcurrentBag<Action<string>>> listeners = new();
    private readonly ConcurrentBag<Action> resumed = [];
    private readonly Timer watch;
    private volatile bool listening;

    public RedisClusterChannel(IConnectionMultiplexer redis, ClusterSettings settings, ILogger<RedisClusterChannel> logger)
    {
        this.redis = redis;
        this.logger = logger;
        FallbackTimeToLive = settings.FallbackTimeToLive;
        redis.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType != ConnectionType.Subscription || !listening) return;
            listening = false;
            logger.LogWarning("Redis cannot be reached ({Failure}): cached entries now live {Seconds} s", e.FailureType, FallbackTimeToLive.TotalSeconds);
        };
        var subscriber = redis.GetSubscriber();
        subscriber.Subscribe(Messages, (_, value) => Heard(value.ToString()));
        listening = subscriber.IsConnected(Messages);
        watch = new Timer(_ => Watch(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    public bool IsListening => listening;

    public TimeSpan FallbackTimeToLive { get; }

    public Task<long> SendAsync(string topic, string message) =>
        redis.GetSubscriber().PublishAsync(Messages, $"{self} {topic} {message}");

    public void Listen(string topic, Action<string> handler) => listeners.GetOrAdd(topic, _ => []).Add(handler);

    public void OnResumed(Action forgetAll) => resumed.Add(forgetAll);

    public void Dispose() => watch.Dispose();

    private void Watch()
    {
        var now = redis.IsConnected && redis.GetSubscriber().IsConnected(Messages);
        if (now == listening) return;
        listening = now;
        if (!now) return;
        logger.LogInformation("Redis answers again: every cache starts afresh");
        foreach (var forget in resumed) Run(forget);
    }

    private void Heard(string value)
    {
        var parts = value.Split(' ', 3);
        if (parts.Length < 3 || parts[0] == self || !listeners.TryGetValue(parts[1], out var handlers)) return;
        foreach (var handler in handlers) Run(() => handler(parts[2]));
    }

    private void Run(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            logger.LogError(e, "A cluster message could not be handled");
        }
    }
}

using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// The sign-in limit of one client address counted in Redis, so that every host instance behind the load balancer
/// counts the same attempts: a fixed window per minute (one INCR with its expiry, in one script). While Redis cannot be
/// reached the instance counts alone (<paramref name="alone"/>): the limit then holds per instance, and sign-in goes on.
/// </summary>
internal sealed class SharedSignInLimiter(IConnectionMultiplexer redis, string address, int permits, RateLimiter alone) : RateLimiter
{
    private const string Count = "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n";

    private long lastUsed = Environment.TickCount64;

    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Volatile.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => alone.GetStatistics();

    // ASP.NET's middleware first attempts synchronously and waits asynchronously only when refused: with Redis there,
    // the attempt is refused (no metadata, nothing counted) so that the count is the shared one of AcquireAsyncCore.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        redis.IsConnected ? new WindowLease(false, null) : alone.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Volatile.Write(ref lastUsed, Environment.TickCount64);
        if (!redis.IsConnected) return await alone.AcquireAsync(permitCount, cancellationToken);
        try
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var counted = (long)await redis.GetDatabase().ScriptEvaluateAsync(Count, [$"cp:sign-in:{address}:{now / 60}"], [60_000]);
            return counted <= permits ? new WindowLease(true, null) : new WindowLease(false, TimeSpan.FromSeconds(60 - now % 60));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return await alone.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) alone.Dispose();
        base.Dispose(disposing);
    }

    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}

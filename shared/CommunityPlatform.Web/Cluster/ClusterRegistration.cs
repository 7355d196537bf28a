using CommunityPlatform.Cluster;
using CommunityPlatform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CommunityPlatform.Web.Cluster;

/// <summary>
/// Alone (no <c>Platform:Cluster:Redis</c>): nothing to tell anyone, data-protection keys in the data folder, no Redis
/// touched. In cluster mode: one Redis multiplexer for the cluster channel, the sign-in count and the data-protection
/// key ring, so that a console cookie or antiforgery token made by one instance is read by every other.
/// </summary>
public static class ClusterRegistration
{
    public const string KeyRing = "cp:data-protection-keys";

    public static void AddPlatformCluster(this IServiceCollection services, ClusterSettings cluster, DatabaseSettings settings)
    {
        services.AddSingleton(cluster);
        services.AddHealthChecks().AddCheck<ClusterCheck>("cluster", tags: ["ready"]);
        var protection = services.AddDataProtection().SetApplicationName("CommunityPlatform");
        if (cluster.Redis is not { } connection)
        {
            services.AddSingleton<IClusterChannel, AloneChannel>();
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataFolder, "keys")));
            return;
        }

        var options = ConfigurationOptions.Parse(connection);
        // An instance starts, and goes on serving, while Redis is away: it then counts on the fallback time-to-live.
        options.AbortOnConnectFail = false;
        options.ClientName ??= $"community-platform-{Environment.MachineName}-{Environment.ProcessId}";
        var redis = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
        services.AddSingleton(_ => redis.Value);
        services.AddSingleton<IClusterChannel, RedisClusterChannel>();
        protection.PersistKeysToStackExchangeRedis(() => redis.Value.GetDatabase(), KeyRing);
    }
}

using Microsoft.Extensions.Configuration;

namespace CommunityPlatform.Web.Cluster;

/// <summary>
/// <c>Platform:Cluster:Redis</c> (a StackExchange.Redis connection string) puts the host in cluster mode; without it the
/// host is alone and touches no Redis. <c>Platform:Cluster:FallbackSeconds</c> (30) is how long a cached entry lives
/// while Redis cannot be reached.
/// </summary>
public sealed record ClusterSettings(string? Redis, TimeSpan FallbackTimeToLive)
{
    public bool IsCluster => Redis is not null;

    public static ClusterSettings From(IConfiguration configuration) => new(
        configuration["Platform:Cluster:Redis"] is { Length: > 0 } redis ? redis : null,
        TimeSpan.FromSeconds(configuration.GetValue("Platform:Cluster:FallbackSeconds", 30)));
}

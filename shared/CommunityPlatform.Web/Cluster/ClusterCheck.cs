using CommunityPlatform.Cluster;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityPlatform.Web.Cluster;

/// <summary>
/// Degraded, not down, while Redis cannot be reached: the instance still serves, with caches that live a short while
/// instead of being told of changes, and sign-in limits counted here alone.
/// </summary>
internal sealed class ClusterCheck(IClusterChannel channel) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(channel.IsListening
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"Redis cannot be reached: cached entries live {channel.FallbackTimeToLive.TotalSeconds:0} s, sign-in limits count per instance."));
}

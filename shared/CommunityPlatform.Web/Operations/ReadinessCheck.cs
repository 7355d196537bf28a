using CommunityPlatform.Data;
using CommunityPlatform.Data.Kernel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityPlatform.Web.Operations;

/// <summary>Ready when the database answers and every module has migrated and seeded.</summary>
internal sealed class ReadinessCheck(StartupState state, KernelDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.Migrated) return HealthCheckResult.Unhealthy("Migrations have not been applied.");
        if (!state.Seeded) return HealthCheckResult.Unhealthy("Seeding has not finished.");
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}

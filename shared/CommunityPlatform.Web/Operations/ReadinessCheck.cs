using CommunityPlatform.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityPlatform.Web.Operations;

/// <summary>
/// Ready when the database answers and every module has migrated and seeded. The database is asked over a plain
/// connection: through the kernel's context the first probe built EF Core's services for it (~0.25 s of a start,
/// docs/performance-notes.md), work the model warm-up does anyway once the host has answered.
/// </summary>
internal sealed class ReadinessCheck(StartupState state, DatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.Migrated) return HealthCheckResult.Unhealthy("Migrations have not been applied.");
        if (!state.Seeded) return HealthCheckResult.Unhealthy("Seeding has not finished.");
        return await PlainQuery.AnswersAsync(settings, cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}

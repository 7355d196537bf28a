using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.CultureTeams.Calendar;

/// <summary>
/// The anonymous check-in is limited per client address (<c>Culture:CheckIn:PermitPerMinute</c>, default 20): enough
/// for a family at the door, too few to fill an activity's attendance from one machine.
/// </summary>
public static class CheckInLimit
{
    public const string Policy = "culture-check-in";

    public static void Add(IServiceCollection services, int permits) =>
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(Policy, http => HttpMethods.IsGet(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("show")
            : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
}

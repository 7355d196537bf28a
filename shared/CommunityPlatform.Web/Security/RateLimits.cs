using System.Threading.RateLimiting;
using CommunityPlatform.Errors;
using CommunityPlatform.Web.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// Sign-in is limited per client address (<c>Platform:SignIn:PermitPerMinute</c>, default 10): together with the
/// account lock-out this makes guessing passwords slow from any one place. Refusals are 429 ProblemDetails.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static readonly ErrorCode TooMany = new("Request.TooMany", "请求过于频繁，请稍后再试", "Too many requests; try again shortly");

    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Platform:SignIn:PermitPerMinute", 10);
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ProblemWriter.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, TooMany);
            };
        });
    }
}

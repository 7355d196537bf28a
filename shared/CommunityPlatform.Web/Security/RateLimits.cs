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
/// account lock-out this makes guessing passwords slow from any one place. The API's token and the console's sign-in
/// form share one count per address (showing the form is not counted). Refusals are 429 ProblemDetails on the API and
/// a short page on the console. With several host instances (cluster mode) the count is kept in Redis, so that the
/// load balancer spreading the attempts over them gains nothing (<see cref="SharedSignInLimiter"/>).
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
            FixedWindowRateLimiterOptions Window() => new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
            options.AddPolicy(SignIn, http =>
            {
                if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return RateLimitPartition.GetNoLimiter("show");
                var address = http.Connection.RemoteIpAddress?.ToString() ?? "local";
                return http.RequestServices.GetService<StackExchange.Redis.IConnectionMultiplexer>() is { } redis
                    ? RateLimitPartition.Get(address, key => new SharedSignInLimiter(redis, key, permits, new FixedWindowRateLimiter(Window())))
                    : RateLimitPartition.GetFixedWindowLimiter(address, _ => Window());
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (Console.ConsoleSchemes.IsApi(context.HttpContext))
                {
                    await ProblemWriter.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, TooMany);
                    return;
                }

                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    $"<!DOCTYPE html><meta charset=utf-8><title>429</title><p>{System.Net.WebUtility.HtmlEncode(TooMany.Localized())} · <a href=\"/account/signin\">{Console.Lang.T("返回登录", "Back to sign-in")}</a></p>",
                    cancellationToken);
            };
        });
    }
}

using CommunityPlatform.Web.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CommunityPlatform.Web.Hosting;

/// <summary>
/// In Production the host refuses to start with settings that are fine on a developer's machine and dangerous with
/// real residents' data: a signing key the host made up itself, demo accounts with a known password, cookies that
/// travel over plain HTTP.
/// </summary>
public static class ProductionGuard
{
    public static void Check(IHostEnvironment environment, IConfiguration configuration, SigningKey signingKey)
    {
        if (!environment.IsProduction()) return;
        var problems = new List<string>();
        if (signingKey.IsGenerated)
            problems.Add("Platform:Jwt:SigningKey is not set: the host would sign tokens with a key it generated (set a base64 key of 32+ bytes).");
        if (configuration.GetValue("Seed:Demo", false) || !string.IsNullOrEmpty(configuration["Seed:DemoPassword"]))
            problems.Add("Seed:Demo / Seed:DemoPassword are set: demo accounts with a published password must not exist in Production.");
        if (configuration.GetValue("Platform:AllowInsecureCookies", false))
            problems.Add("Platform:AllowInsecureCookies is true: cookies must only travel over HTTPS in Production.");
        if (problems.Count > 0)
            throw new InvalidOperationException("The host refuses to start in Production:\n - " + string.Join("\n - ", problems));
    }
}

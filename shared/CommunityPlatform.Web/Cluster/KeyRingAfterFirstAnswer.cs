using CommunityPlatform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Web.Cluster;

/// <summary>
/// ASP.NET loads the data-protection key ring in a hosted service of its own, on the start's one thread before the
/// port opens: ~45 ms of reading and parsing key files alone, a round trip to Redis in a cluster. Nothing before the
/// first sign-in needs it (the readiness probe does not), so it is loaded here instead, once the host has answered its
/// first request (<see cref="FirstAnswer"/>); a sign-in that comes first loads it itself, as it always could.
/// </summary>
internal sealed partial class KeyRingAfterFirstAnswer(FirstAnswer firstAnswer, IDataProtectionProvider protection, ILogger<KeyRingAfterFirstAnswer> logger)
    : BackgroundService
{
    /// <summary>The framework's own service, by name: it is internal. Should it be renamed, the test of the start says so.</summary>
    internal const string FrameworkService = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static void Replace(IServiceCollection services)
    {
        var framework = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == FrameworkService).ToList();
        foreach (var descriptor in framework) services.Remove(descriptor);
        services.AddHostedService<KeyRingAfterFirstAnswer>();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await firstAnswer.WaitAsync(stoppingToken)) return;
        try
        {
            // Protecting one byte loads the ring, and makes the first key when the folder (or Redis) has none.
            protection.CreateProtector("CommunityPlatform.KeyRing").Protect([0]);
        }
        catch (Exception e)
        {
            // As the framework's service: the ring is asked for again by the first request that needs it.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the data-protection key ring failed; the first sign-in will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

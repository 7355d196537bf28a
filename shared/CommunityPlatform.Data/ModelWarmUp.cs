using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Data;

/// <summary>
/// Builds every module's EF Core model once the host has answered its first request (<see cref="FirstAnswer"/>), one
/// after another in the background, so that the first request of each module does not pay for it (0.2–0.4 s each,
/// measured: docs/performance-notes.md). Not before: the start-up check and the readiness probe read over a plain
/// connection precisely so that readiness waits for no model. Compiled
/// models would remove the build altogether, but they do not carry global query filters, on which tenancy rests.
/// </summary>
public sealed partial class ModelWarmUp(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases, IHostApplicationLifetime lifetime, FirstAnswer firstAnswer,
    IConfiguration configuration, ILogger<ModelWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Platform:WarmModelsOnStart=false leaves every model to its first request (to measure the difference).
        if (configuration.GetValue("Platform:WarmModelsOnStart", true))
            // A thread of its own: building a model is long synchronous work, and on the thread pool it held one of the
            // two threads a small machine starts with while the first requests waited for a second one.
            new Thread(() =>
            {
                var stopping = lifetime.ApplicationStopping;
                try
                {
                    if (firstAnswer.WaitAsync(stopping).GetAwaiter().GetResult()) WarmAsync(stopping).GetAwaiter().GetResult();
                }
                catch (OperationCanceledException)
                {
                    // The host stopped during the warm-up.
                }
            }) { IsBackground = true, Name = "Model warm-up" }.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmAsync(CancellationToken stopping)
    {
        var clock = Stopwatch.StartNew();
        foreach (var database in databases.DistinctBy(d => d.ContextType))
        {
            if (stopping.IsCancellationRequested) return;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                // The model is built on first access and kept with the context's (per-host) options for every later context;
                // one small query through it compiles EF's query pipeline for the module's provider as well.
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
                if (context.Model.GetEntityTypes().FirstOrDefault(e => e.GetTableName() is not null && !e.IsOwned() && e.ClrType != typeof(Dictionary<string, object>)) is { } first)
                    await (Task<bool>)AnyOf.MakeGenericMethod(first.ClrType).Invoke(null, [context, stopping])!;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Only a head start: the first request builds it as before.
                LogFailed(logger, database.ContextType.Name, e);
            }
        }

        LogWarm(logger, clock.ElapsedMilliseconds);
    }

    private static readonly System.Reflection.MethodInfo AnyOf = typeof(ModelWarmUp).GetMethod(nameof(AnyAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static Task<bool> AnyAsync<T>(DbContext context, CancellationToken ct) where T : class =>
        context.Set<T>().IgnoreQueryFilters().AsNoTracking().AnyAsync(ct);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Every module's EF model is built ({Elapsed} ms after the host's first answer)")]
    private static partial void LogWarm(ILogger logger, long elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Building the EF model of {Context} ahead of its first request failed")]
    private static partial void LogFailed(ILogger logger, string context, Exception exception);
}

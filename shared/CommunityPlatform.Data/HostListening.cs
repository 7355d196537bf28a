using Microsoft.Extensions.Hosting;

namespace CommunityPlatform.Data;

/// <summary>
/// Background work that can wait begins once the host listens, not while it starts: on a small machine every core the
/// start shares with a poller, a model build or a count delays the first answer (docs/performance-notes.md).
/// </summary>
public static class HostListening
{
    /// <summary>Waits until the host listens; false when it stops first.</summary>
    public static async Task<bool> ListeningAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

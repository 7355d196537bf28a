using Microsoft.Extensions.Hosting;

namespace CommunityPlatform.Data;

/// <summary>
/// Background work that can wait (model warm-up, the outbox's and the import runner's first rounds, the planner's
/// counts) begins once the host has answered its first request — the balancer's readiness probe, in practice — or
/// <see cref="Patience"/> after it listens when nobody asks. On a small machine each of them shares the two cores with
/// that first answer: begun as soon as the host listened, they held the thread pool's threads with synchronous SQLite
/// and model building, and the first answer waited ~0.1–0.6 s for a thread (docs/performance-notes.md).
/// </summary>
public sealed class FirstAnswer(IHostApplicationLifetime lifetime)
{
    /// <summary>How long after listening background work waits for a first request before it begins anyway.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource given = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the host has answered a request since it started.</summary>
    public bool HasAnswered => given.Task.IsCompleted;

    /// <summary>Called by the pipeline once a response has been sent; only the first one counts.</summary>
    public void Given()
    {
        if (!given.Task.IsCompleted) given.TrySetResult();
    }

    /// <summary>Waits until the host listens and has answered once (or <see cref="Patience"/> has passed); false when it stops first.</summary>
    public async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        try
        {
            await started.Task.WaitAsync(stoppingToken);
            await given.Task.WaitAsync(Patience, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return !stoppingToken.IsCancellationRequested;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

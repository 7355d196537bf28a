using System.Collections.Concurrent;
using CommunityPlatform.Data;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Residents.Application;

/// <summary>
/// Runs the import jobs waiting in the database, on whichever instance claims them first: a job is claimed by one
/// conditional UPDATE (queued, or running with a lapsed claim), so exactly one instance runs it. The instance that
/// started a job is woken at once; every instance also looks every <c>Platform:Jobs:PollSeconds</c> (5), which is how
/// a job whose instance was killed is taken over once its claim (<c>Platform:Jobs:LeaseSeconds</c>, 60) lapses:
/// started again from the first row when nothing was saved yet, otherwise ended as failed with the reason and the
/// count of rows already in — never left running for ever, never imported twice.
/// </summary>
public sealed class ImportRunner(
    IServiceScopeFactory scopes, ICommunityDirectory communities, StartupState startup, IConfiguration configuration,
    FirstAnswer firstAnswer, ILogger<ImportRunner> logger)
    : BackgroundService
{
    private readonly TimeSpan poll = TimeSpan.FromSeconds(configuration.GetValue("Platform:Jobs:PollSeconds", 5.0));
    private readonly TimeSpan lease = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Platform:Jobs:LeaseSeconds", 60.0)));
    private readonly SemaphoreSlim signal = new(0, 1);
    private readonly ConcurrentDictionary<Guid, Task> running = new();
    private CancellationToken stopping = CancellationToken.None;

    /// <summary>This instance: machine, process and a random part (two runners in one test process differ).</summary>
    public string Instance { get; } = $"{Environment.MachineName[..Math.Min(24, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A job was queued here: look now rather than at the next poll.</summary>
    public void Nudge()
    {
        if (signal.CurrentCount > 0) return;
        try { signal.Release(); }
        catch (SemaphoreFullException) { }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stopping = stoppingToken;
        // Jobs left by a stopped host are taken over once this one has started and answered (FirstAnswer).
        if (!await firstAnswer.WaitAsync(stoppingToken)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (startup.Ready) await ClaimDueAsync(stoppingToken);
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Looking for import jobs failed");
                await Task.Delay(poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        // Let the runs notice the stop and hand their jobs back, so that a restarted instance takes them at once.
        await Task.WhenAll(running.Values).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Claims every job that is due and starts it; returns the jobs this call started. Tests call it to look at once.</summary>
    public async Task<IReadOnlyList<Guid>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        var started = new List<Guid>();
        // The registry's rows, and so its jobs, are in the shared database and in each community's own.
        foreach (var place in communities.All.Where(c => c.Database is not null).Select(c => (CommunityInfo?)c).Prepend(null))
        {
            await using var scope = scopes.CreateAsyncScope(place);
            var db = scope.ServiceProvider.GetRequiredService<ResidentsDbContext>();
            var now = DateTime.UtcNow;
            var due = await Due(db, now).AsNoTracking().OrderBy(j => j.QueuedAt).Select(j => new { j.Id, j.CommunityId }).Take(20).ToListAsync(cancellationToken);
            foreach (var job in due)
            {
                if (running.ContainsKey(job.Id) || communities.Find(job.CommunityId) is not { } community) continue;
                var token = $"{Instance}/{Guid.NewGuid():N}";
                var until = now + lease;
                var won = await Due(db, now).Where(j => j.Id == job.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.ClaimedBy, token).SetProperty(j => j.ClaimedUntil, until).SetProperty(j => j.Runs, j => j.Runs + 1), cancellationToken);
                if (won == 0) continue; // another instance was quicker
                started.Add(job.Id);
                // Listed before it starts, so that its end (which unlists it) always comes after.
                var run = new Task<Task>(() => RunAsync(job.Id, community, token));
                running[job.Id] = run.Unwrap();
                run.Start(TaskScheduler.Default);
            }
        }

        return started;
    }

    /// <summary>Waits for this instance's run of a job to end (tests).</summary>
    public Task WaitAsync(Guid job) => running.TryGetValue(job, out var run) ? run : Task.CompletedTask;

    private static IQueryable<ImportJob> Due(ResidentsDbContext db, DateTime now) => db.ImportJobs.IgnoreQueryFilters()
        .Where(j => (j.State == "queued" || j.State == "running") && (j.ClaimedUntil == null || j.ClaimedUntil <= now));

    private async Task RunAsync(Guid id, CommunityInfo community, string token)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope(community, out var acting);
            var db = scope.ServiceProvider.GetRequiredService<ResidentsDbContext>();
            var claim = new ImportClaim(db, id, token, lease);
            var job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id, CancellationToken.None);
            acting.AccountId = job.AccountId;
            acting.AccountName = job.AccountName;
            acting.Audit.BulkAction = "Imported";
            try
            {
                if (job.State == "running" && job.Imported > 0)
                {
                    logger.LogWarning("Import {Job} was cut off after {Imported} rows were saved: ended as failed", id, job.Imported);
                    await claim.FailAsync(ImportJob.Interrupted, CancellationToken.None);
                    return;
                }

                if (job.Runs > 1) logger.LogWarning("Import {Job} is started again from the first row (run {Run})", id, job.Runs);
                await scope.ServiceProvider.GetRequiredService<ResidentImport>().RunAsync(job, claim, stopping);
                await claim.CompleteAsync(CancellationToken.None);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                await claim.ReleaseAsync();
            }
            catch (ImportClaimLost)
            {
                logger.LogWarning("Import {Job} was taken over by another instance; this run stops", id);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Import {Job} failed", id);
                await claim.FailAsync(e.GetBaseException().Message, CancellationToken.None);
            }
        }
        catch (Exception e)
        {
            // The database is away or the host is going: the claim lapses and another look takes the job.
            logger.LogWarning(e, "Import {Job} could not be run or ended here", id);
        }
        finally
        {
            running.TryRemove(id, out _);
        }
    }
}

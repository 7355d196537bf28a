using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CommunityPlatform.Residents.Application;

/// <summary>
/// An import job as held by one instance's run: every write to the job is conditional on still holding it (its
/// token), and renews the claim; a run that lost it (its claim lapsed and another instance took the job over) stops
/// at its next write, and its last batch of residents rolls back with it.
/// </summary>
public sealed class ImportClaim(ResidentsDbContext db, Guid jobId, string token, TimeSpan lease)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);
    private DateTime lastWritten = DateTime.MinValue;

    public string Token => token;

    private IQueryable<ImportJob> Held => db.ImportJobs.IgnoreQueryFilters().Where(j => j.Id == jobId && j.ClaimedBy == token);

    /// <summary>Starts (or starts again) from the first row.</summary>
    public Task BeginAsync(CancellationToken cancellationToken)
    {
        var until = Renewed();
        return WriteAsync(s => s.SetProperty(j => j.State, "running").SetProperty(j => j.Processed, 0).SetProperty(j => j.Imported, 0)
            .SetProperty(j => j.ErrorReport, "[]").SetProperty(j => j.ClaimedUntil, until), cancellationToken);
    }

    /// <summary>Rows checked so far, written about once a second for the progress bar on any instance.</summary>
    public Task CheckedAsync(int processed, CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow - lastWritten < ProgressEvery) return Task.CompletedTask;
        var until = Renewed();
        return WriteAsync(s => s.SetProperty(j => j.Processed, processed).SetProperty(j => j.ClaimedUntil, until), cancellationToken);
    }

    /// <summary>Every row checked: the error report as it stands before anything is saved.</summary>
    public Task ReportAsync(int processed, IReadOnlyList<ImportRowError> errors, CancellationToken cancellationToken)
    {
        var report = ImportJob.Report(errors);
        var until = Renewed();
        return WriteAsync(s => s.SetProperty(j => j.Processed, processed).SetProperty(j => j.ErrorReport, report).SetProperty(j => j.ClaimedUntil, until), cancellationToken);
    }

    /// <summary>Saves a batch of residents and counts it on the job in one transaction: the count is always what was saved.</summary>
    public async Task SaveAsync(IReadOnlyCollection<Resident> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Residents.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        var count = batch.Count;
        var until = Renewed();
        await WriteAsync(s => s.SetProperty(j => j.Imported, j => j.Imported + count).SetProperty(j => j.ClaimedUntil, until), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public Task CompleteAsync(CancellationToken cancellationToken) => EndAsync("completed", null, cancellationToken);

    public Task FailAsync(string reason, CancellationToken cancellationToken) =>
        EndAsync("failed", reason.Length > 1000 ? reason[..1000] : reason, cancellationToken);

    /// <summary>Lets the job go without ending it (the host is stopping): another run may take it at once.</summary>
    public Task ReleaseAsync() => Held.ExecuteUpdateAsync(s => s.SetProperty(j => j.ClaimedUntil, (DateTime?)null), CancellationToken.None);

    // The upload is dropped when the job ends: the rows are in, or the report says why not.
    private Task EndAsync(string state, string? failure, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        return WriteAsync(s => s.SetProperty(j => j.State, state).SetProperty(j => j.Failure, failure).SetProperty(j => j.File, (byte[]?)null)
            .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.ClaimedUntil, (DateTime?)null), cancellationToken);
    }

    private DateTime? Renewed() => DateTime.UtcNow + lease;

    private async Task WriteAsync(Expression<Func<SetPropertyCalls<ImportJob>, SetPropertyCalls<ImportJob>>> set, CancellationToken cancellationToken)
    {
        if (await Held.ExecuteUpdateAsync(set, cancellationToken) == 0) throw new ImportClaimLost(jobId);
        lastWritten = DateTime.UtcNow;
    }
}

/// <summary>The run no longer holds its job: another instance took it over after the claim lapsed.</summary>
public sealed class ImportClaimLost(Guid jobId) : Exception($"Import {jobId} was taken over by another instance");

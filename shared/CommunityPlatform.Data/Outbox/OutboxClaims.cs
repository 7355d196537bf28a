using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CommunityPlatform.Data.Outbox;

/// <summary>
/// Which outbox rows a dispatcher round may deliver, when several hosts dispatch from one database. A round picks the
/// oldest due rows, then claims them with one conditional UPDATE (only rows nobody holds, or whose holder's lease
/// lapsed); the database changes each row for one round only, so a row is delivered by the round whose token it
/// now carries. A lease rather than <c>SELECT … FOR UPDATE SKIP LOCKED</c>: it works the same on SQLite and
/// MariaDB, holds no transaction open while handlers run, and a killed host's rows come free when the lease lapses
/// (<c>Platform:Outbox:LeaseSeconds</c>, 300).
/// </summary>
public sealed class OutboxClaims(IConfiguration configuration)
{
    private readonly TimeSpan lease = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Platform:Outbox:LeaseSeconds", 300.0)));

    /// <summary>This dispatcher: the machine and process, and a random part so that two dispatchers in one process differ.</summary>
    public string Instance { get; } = $"{Trim(Environment.MachineName, 24)}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <param name="Seen">Rows that were due when the round looked: fewer than asked for means the outbox is drained.</param>
    /// <param name="Claimed">The rows this round holds now, tracked by the context, oldest first.</param>
    public sealed record Claim(int Seen, List<OutboxMessage> Claimed);

    public async Task<Claim> ClaimAsync(DbContext db, int batch, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var rows = db.Set<OutboxMessage>().IgnoreQueryFilters();
        var due = await rows.AsNoTracking().Where(Due(now)).OrderBy(m => m.Id).Select(m => m.Id).Take(batch).ToListAsync(cancellationToken);
        if (due.Count == 0) return new Claim(0, []);

        var token = $"{Instance}/{Guid.NewGuid():N}";
        var until = now + lease;
        // The ids as constants (IN ('…','…')): the same SQL on SQLite and MariaDB, no JSON table functions needed.
        await rows.Where(m => EF.Constant(due).Contains(m.Id)).Where(Due(now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, token).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        var claimed = await rows.Where(m => EF.Constant(due).Contains(m.Id) && m.ClaimedBy == token).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return new Claim(due.Count, claimed);
    }

    private static Expression<Func<OutboxMessage, bool>> Due(DateTime now) => m =>
        m.DeliveredAt == null && m.ParkedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
        && (m.ClaimedUntil == null || m.ClaimedUntil <= now);

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..length];
}

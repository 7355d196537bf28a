using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommunityPlatform.Data;

/// <summary>
/// <c>PRAGMA synchronous=NORMAL</c> on every SQLite connection EF Core opens. In WAL mode a commit then reaches the
/// operating system at once but is flushed to the disk at checkpoints, not on every commit: the file is never
/// corrupted, and a crash of the host loses nothing; only a power cut or an OS crash can undo the last commits. The
/// default (<c>FULL</c>) pays one fsync per commit — for the audit trail, one per audited read.
/// Set <c>Platform:Database:SqliteSynchronous</c> to <c>Full</c> for a machine without a reliable power supply.
/// </summary>
public sealed class SqliteDurability(string synchronous) : DbConnectionInterceptor
{
    public static readonly SqliteDurability Normal = new("NORMAL");
    public static readonly SqliteDurability Full = new("FULL");

    private readonly string pragma = $"PRAGMA synchronous={synchronous};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection) return;
        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        command.ExecuteNonQuery();
    }
}

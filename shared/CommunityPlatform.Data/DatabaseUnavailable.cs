using System.Data.Common;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace CommunityPlatform.Data;

/// <summary>
/// Recognises a database that cannot be reached or cannot serve right now (server down, refused connection, file
/// gone or unreadable, disk full, locked past the timeout), from any provider and however EF Core wrapped it — so
/// the web layer answers 503 with <c>Retry-After</c>, which a client and a load balancer know to wait on, instead
/// of a 500 that says the request itself broke something. A failing statement (a constraint, a bad column) is not
/// unavailability and stays an error.
/// </summary>
public static class DatabaseUnavailable
{
    // SQLITE_PERM, BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL, NOTADB: the file or its
    // filesystem is the trouble, not the statement.
    private static readonly HashSet<int> SqliteCodes = [3, 5, 6, 8, 10, 11, 13, 14, 15, 26];

    private static readonly HashSet<MySqlErrorCode> MySqlCodes =
    [
        MySqlErrorCode.UnableToConnectToHost,
        MySqlErrorCode.ConnectionCountError,
        MySqlErrorCode.ServerShutdown,
        MySqlErrorCode.UnknownDatabase,
        MySqlErrorCode.AccessDenied,
        MySqlErrorCode.CommandTimeoutExpired,
        MySqlErrorCode.LockWaitTimeout,
        MySqlErrorCode.LockDeadlock,
    ];

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when SqliteCodes.Contains(sqlite.SqliteErrorCode & 0xFF):
                case MySqlException mySql when MySqlCodes.Contains(mySql.ErrorCode) || mySql.IsTransient:
                case MySqlEndOfStreamException:
                case DbException { IsTransient: true }:
                    return true;
            }

            if (e is AggregateException { InnerExceptions: var inner } && inner.Any(Is)) return true;
        }

        return false;
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CommunityPlatform.Data;

/// <summary>Recognises a unique-index violation from any provider, so the web layer can answer 409 instead of 500.</summary>
public static class UniqueViolation
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 19 } sqlite && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal))
                return true;
            if (e is DbException { SqlState: "23000" } db && db.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }
}

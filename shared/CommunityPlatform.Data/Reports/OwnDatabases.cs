using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Data.Reports;

/// <summary>
/// Telling a community's own database that cannot be read (dropped, deleted, its server down or refusing us) from a bug:
/// the street's and the city's views leave such a community out and name it, and the log says why.
/// </summary>
public static partial class OwnDatabases
{
    /// <summary>A provider's error (or EF's retry giving up on one) — not our own exceptions, which stay errors.</summary>
    public static bool Unreachable(Exception e) =>
        e is DbException || e.InnerException is DbException || e is InvalidOperationException { InnerException: DbException };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The own database of community {Code} could not be read; it is left out of the sum")]
    public static partial void LogUnreachable(ILogger logger, string code, Exception exception);
}

using CommunityPlatform.Residents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CommunityPlatform.Residents.Application;

/// <summary>
/// A name prefix as a range, <c>prefix ≤ name &lt; next</c>, where <c>next</c> is the prefix with its last character
/// moved one code point on. SQLite uses an index for a range but not for <c>LIKE 'x%'</c> on a case-sensitive column,
/// so a search in a community of 100,000 residents reads the matches only instead of the whole community.
/// Code-point order is UTF-8 byte order, so the range is exact on SQLite. MariaDB's Unicode collation is not code-point
/// order outside Han (a <c>:</c> sorts before a <c>9</c>, <c>a</c> equals <c>A</c>), so there the search stays
/// <c>LIKE 'prefix%'</c>, which MariaDB itself turns into an index range under its own collation.
/// </summary>
public static class NamePrefix
{
    public static IQueryable<Resident> WhereNameStartsWith(this IQueryable<Resident> query, string prefix, DatabaseFacade database) =>
        database.IsSqlite() && UpperBound(prefix) is { } next
            ? query.Where(r => string.Compare(r.Name, prefix) >= 0 && string.Compare(r.Name, next) < 0)
            : query.Where(r => r.Name.StartsWith(prefix));

    /// <summary>The end of the range, or null where none can be made (a last character at the top of the BMP or half of a pair).</summary>
    public static string? UpperBound(string prefix)
    {
        if (prefix.Length == 0) return null;
        var last = prefix[^1];
        if (last == char.MaxValue || char.IsSurrogate(last)) return null;
        return string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(last + 1)]);
    }
}

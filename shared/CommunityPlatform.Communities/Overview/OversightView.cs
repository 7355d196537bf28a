using System.Globalization;
using CommunityPlatform.Security;

namespace CommunityPlatform.Communities.Overview;

/// <summary>
/// Which communities an oversight account's figures are of, as a key: the city sees every community; a street's (or
/// its display's) view is its street's communities it may see. Every account of one view shares one kept sum.
/// </summary>
internal static class OversightView
{
    public static string KeyOf(AccountAccess access) =>
        (access.Kind == AccountKind.City
            ? "city"
            : $"street:{access.StreetId}:{access.Communities.Count}:{access.Communities.Aggregate(0, (hash, id) => hash ^ id.GetHashCode())}")
        + "|" + CultureInfo.CurrentUICulture.Name;
}

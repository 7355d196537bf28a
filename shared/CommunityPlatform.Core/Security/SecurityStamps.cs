using System.Security.Cryptography;
using System.Text;

namespace CommunityPlatform.Security;

/// <summary>
/// What a token or cookie carries of the account's security stamp: a short digest, not the stamp itself, so a leaked
/// token says nothing that would help forge another.
/// </summary>
public static class SecurityStamps
{
    public const string Claim = "cp:stamp";

    public static string Digest(string stamp) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(stamp)), 0, 12);

    /// <summary>Compares a carried digest with the account's in constant time.</summary>
    public static bool Same(string carried, string digest) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(carried), Encoding.UTF8.GetBytes(digest));
}

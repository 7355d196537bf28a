using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// Issues the bearer tokens of the API. A token names the account and carries a digest of its security stamp; what it
/// may do is looked up (and cached) per request, and the token dies as soon as the stamp changes.
/// </summary>
public sealed class AccessTokens(SigningKey key, TimeProvider clock)
{
    public const string Issuer = "CommunityPlatform";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public (string Token, DateTime ExpiresAt) Issue(Guid accountId, string userName, string securityStamp)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + Lifetime;
        var token = new JwtSecurityToken(
            issuer: Issuer,
            audience: Issuer,
            claims:
            [
                new Claim(ClaimTypes.NameIdentifier, accountId.ToString()),
                new Claim(ClaimTypes.Name, userName),
                new Claim(CommunityPlatform.Security.SecurityStamps.Claim, CommunityPlatform.Security.SecurityStamps.Digest(securityStamp)),
            ],
            notBefore: now,
            expires: expires,
            signingCredentials: new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256));
        return (new JwtSecurityTokenHandler().WriteToken(token), expires);
    }
}

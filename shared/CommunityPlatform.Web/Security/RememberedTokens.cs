using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// Validates a bearer token once and remembers the answer until the token expires. A client sends the same token on
/// every request for its hour; parsing it and checking its HMAC each time was ~9 % of a read's thread time in the
/// profile of 2026-11-27 (docs/performance-notes.md). Remembering it is safe because the signature and lifetime are
/// facts of the token string itself, and what can change during its hour — a password changed, sessions ended, a
/// grant revoked — is checked on every request anyway by <see cref="EndpointPolicy"/> against the account's current
/// stamp and grants. Only valid answers are kept: a forged or expired token is checked (and refused) every time.
/// </summary>
internal sealed class RememberedTokens : JsonWebTokenHandler, IDisposable
{
    // A token is ~400 characters; 20,000 entries (every account of a city signed in at once) stay under ~30 MB.
    private readonly MemoryCache remembered = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (remembered.TryGetValue(token, out Remembered? known) && known!.ValidTo > DateTime.UtcNow)
            return known.Result();

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { ValidTo: var validTo } && validTo > DateTime.UtcNow)
        {
            var entry = new Remembered(result.ClaimsIdentity, result.SecurityToken, result.Issuer, validTo);
            remembered.Set(token, entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = validTo });
        }

        return result;
    }

    public void Dispose() => remembered.Dispose();

    /// <summary>
    /// What a valid answer carried. Each request gets its own copy of the identity, so nothing a request does to its
    /// principal reaches another request.
    /// </summary>
    private sealed record Remembered(ClaimsIdentity Identity, SecurityToken Token, string Issuer, DateTime ValidTo)
    {
        public TokenValidationResult Result() => new()
        {
            IsValid = true,
            ClaimsIdentity = Identity.Clone(),
            SecurityToken = Token,
            Issuer = Issuer,
        };
    }
}

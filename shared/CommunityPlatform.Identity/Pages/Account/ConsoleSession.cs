using System.Security.Claims;
using CommunityPlatform.Security;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.Identity.Pages.Account;

/// <summary>What the console's session cookie says of the account: who, the stamp it was issued with, and whether the password must change first.</summary>
internal static class ConsoleSession
{
    public static ClaimsPrincipal For(Domain.Account account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, account.UserName!),
            new(SecurityStamps.Claim, SecurityStamps.Digest(account.SecurityStamp!)),
        };
        if (account.MustChangePassword) claims.Add(new Claim(ForcedPasswordChange.Claim, "1"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ConsoleSchemes.Cookie, ClaimTypes.Name, ClaimTypes.Role));
    }
}

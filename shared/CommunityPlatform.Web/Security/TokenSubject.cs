using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// A bearer token is only as good as the account it names. A token signed with the host's key but whose subject is
/// not an account id (a key leaked to a test tool, a token minted by hand) would otherwise count as signed in with
/// no account behind it: the community gate looks for an account id and lets such a request through unresolved.
/// Refusing it at authentication makes it an ordinary 401.
/// </summary>
internal static class TokenSubject
{
    private const string Subject = "sub";

    public static Task RequireAccountId(TokenValidatedContext context)
    {
        var subjects = context.Principal?.Claims.Where(c => c.Type is ClaimTypes.NameIdentifier or Subject).ToList() ?? [];
        if (subjects.Count == 0 || subjects.Any(c => !Guid.TryParse(c.Value, out _)))
            context.Fail("The token does not name an account.");
        return Task.CompletedTask;
    }
}

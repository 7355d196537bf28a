using CommunityPlatform.Security;
using Microsoft.AspNetCore.Identity;

namespace CommunityPlatform.Identity.Domain;

/// <summary>A person who signs in. Identity keeps the password hash, lockout and concurrency stamp; what it may do lives in <see cref="RoleGrant"/>.</summary>
public sealed class Account : IdentityUser<Guid>
{
    public Account()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string? DisplayName { get; set; }
    public AccountKind Kind { get; set; } = AccountKind.Community;

    /// <summary>The street a street account reads.</summary>
    public Guid? StreetId { get; set; }

    /// <summary>
    /// The community a community account belongs to: where it was made. Its secretary manages it there as long as every
    /// grant it holds lies in that community; an account with grants elsewhere is the city administrator's alone.
    /// </summary>
    public Guid? HomeCommunityId { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Set when someone else chose the password: the console asks for a new one at first sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Ends every token and console session issued so far: they carry the stamp this replaces.</summary>
    public void EndSessions() => SecurityStamp = Guid.NewGuid().ToString("N");
}

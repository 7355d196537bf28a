using CommunityPlatform.Identity.Domain;
using CommunityPlatform.Modularity;
using Microsoft.AspNetCore.Identity;

namespace CommunityPlatform.Identity.Application;

/// <summary>
/// A password hash of the same cost as a real one, verified when a sign-in names an unknown account: the answer then
/// takes as long as a wrong password for a real account, so the time does not tell which names exist.
/// </summary>
public sealed class DecoyPassword : ISingletonService
{
    private readonly Lock gate = new();
    private string? hash;

    public void Verify(IPasswordHasher<Account> hasher, string password)
    {
        var decoy = new Account { UserName = "decoy" };
        lock (gate) hash ??= hasher.HashPassword(decoy, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(decoy, hash, password);
    }
}

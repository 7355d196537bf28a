using CommunityPlatform.Modularity;
using Microsoft.AspNetCore.DataProtection;

namespace CommunityPlatform.Communities.Application;

/// <summary>Connection strings of communities' own databases carry passwords: they are stored encrypted with the host's DataProtection keys.</summary>
public sealed class DatabaseSecrets(IDataProtectionProvider protection) : ISingletonService
{
    private readonly IDataProtector protector = protection.CreateProtector("CommunityPlatform.CommunityDatabase");

    public string Protect(string connectionString) => protector.Protect(connectionString);

    public string Unprotect(string protectedConnectionString) => protector.Unprotect(protectedConnectionString);
}

using CommunityPlatform.Identity.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Identity.Application;

internal sealed class AccountDirectory(AccountsDbContext db) : IAccountDirectory, IScopedService
{
    public async Task<Guid?> FindIdAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        return await db.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<bool> IsOfCommunityAsync(Guid accountId, Guid communityId, CancellationToken cancellationToken) =>
        db.Grants.AsNoTracking().AnyAsync(g => g.AccountId == accountId && g.CommunityId == communityId, cancellationToken);

    public async Task<string?> DisplayNameAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == accountId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) is { Length: > 0 } name ? name : null;
}

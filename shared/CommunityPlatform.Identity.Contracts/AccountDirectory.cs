namespace CommunityPlatform.Identity;

/// <summary>Finds accounts for modules that link their records to accounts (a module's staff posts, the demo seeds).</summary>
public interface IAccountDirectory
{
    Task<Guid?> FindIdAsync(string userName, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the account is one of the community's: it holds a role there. A module linking a record to an account
    /// asks this, so that a record never points at a stranger's account (or at no account at all).
    /// </summary>
    Task<bool> IsOfCommunityAsync(Guid accountId, Guid communityId, CancellationToken cancellationToken);

    /// <summary>The account's display name (a person's name, not the login), or null when none is set.</summary>
    Task<string?> DisplayNameAsync(Guid accountId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}

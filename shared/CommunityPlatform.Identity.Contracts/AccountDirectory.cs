namespace CommunityPlatform.Identity;

/// <summary>Finds an account by its user name, for modules that link their records to accounts (a grid's staff, the demo seeds).</summary>
public interface IAccountDirectory
{
    Task<Guid?> FindIdAsync(string userName, CancellationToken cancellationToken);
}

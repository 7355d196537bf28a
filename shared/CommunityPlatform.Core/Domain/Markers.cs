namespace CommunityPlatform.Domain;

/// <summary>Owned by one community: the data layer stamps <see cref="CommunityId"/> on insert and filters every query by it.</summary>
public interface IMustHaveCommunity
{
    Guid CommunityId { get; }
}

/// <summary>Deleting marks the row instead of removing it; a deleted row is invisible to queries.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }

    /// <summary>Empty while the row is live, the row's id once deleted: unique indexes include it, so a deleted row never blocks a new one.</summary>
    Guid DeletionToken { get; }
}

/// <summary>Who created and last changed the row, and when (UTC).</summary>
public interface IAudited
{
    DateTime CreatedAt { get; }
    Guid? CreatedBy { get; }
    DateTime? ModifiedAt { get; }
    Guid? ModifiedBy { get; }
}

/// <summary>
/// The application sets a new stamp on every change and a client sends back the one it read:
/// a stale stamp answers 409 instead of overwriting someone else's change.
/// </summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; }
}

namespace CommunityPlatform.Domain;

/// <summary>An aggregate root with audit fields, soft delete and a concurrency stamp, maintained by the data layer.</summary>
public abstract class AuditedAggregate : Entity, IAudited, ISoftDelete, IHasConcurrencyStamp
{
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime? ModifiedAt { get; private set; }
    public Guid? ModifiedBy { get; private set; }
    public bool IsDeleted { get; private set; }
    public Guid DeletionToken { get; private set; }
    public string ConcurrencyStamp { get; private set; } = NewStamp();

    internal static string NewStamp() => Guid.NewGuid().ToString("N");
}

/// <summary>An aggregate root owned by one community.</summary>
public abstract class CommunityAggregate : AuditedAggregate, IMustHaveCommunity
{
    public Guid CommunityId { get; private set; }
}

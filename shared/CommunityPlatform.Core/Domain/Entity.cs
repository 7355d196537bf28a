namespace CommunityPlatform.Domain;

/// <summary>Anything with an identity. Ids are version-7 GUIDs: unique without a database round trip, and they sort by creation.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}

namespace CommunityPlatform.Data;

/// <summary>Whether migrations and seeding have finished: <c>/health/ready</c> answers 200 only after both.</summary>
public sealed class StartupState
{
    public bool Migrated { get; set; }
    public bool Seeded { get; set; }
    public bool Ready => Migrated && Seeded;
}

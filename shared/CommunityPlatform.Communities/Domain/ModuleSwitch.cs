using CommunityPlatform.Domain;

namespace CommunityPlatform.Communities.Domain;

/// <summary>A business module a community has switched on. Switching off removes the row; the module's data stays.</summary>
public sealed class ModuleSwitch : Entity, IMustHaveCommunity
{
    private ModuleSwitch()
    {
    }

    public ModuleSwitch(Guid communityId, string module)
    {
        CommunityId = communityId;
        Module = module;
    }

    public Guid CommunityId { get; private set; }
    public string Module { get; private set; } = "";
}

/// <summary>Who switched a module on or off for a community, and when.</summary>
public sealed class ModuleSwitchChange : Entity, IMustHaveCommunity
{
    private ModuleSwitchChange()
    {
    }

    public ModuleSwitchChange(Guid communityId, string module, bool enabled, Guid? changedBy, string? changedByName, DateTime changedAt)
    {
        CommunityId = communityId;
        Module = module;
        Enabled = enabled;
        ChangedBy = changedBy;
        ChangedByName = changedByName;
        ChangedAt = changedAt;
    }

    public Guid CommunityId { get; private set; }
    public string Module { get; private set; } = "";
    public bool Enabled { get; private set; }
    public Guid? ChangedBy { get; private set; }
    public string? ChangedByName { get; private set; }
    public DateTime ChangedAt { get; private set; }
}

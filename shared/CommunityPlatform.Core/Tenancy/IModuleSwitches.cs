namespace CommunityPlatform.Tenancy;

/// <summary>Which modules a community has switched on. Answered from memory; the owner clears the cache on change.</summary>
public interface IModuleSwitches
{
    bool IsEnabled(Guid communityId, string moduleName);
}

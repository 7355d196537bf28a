namespace CommunityPlatform.PartyOrganization;

/// <summary>The Party organisation module's name, for a module that depends on it or names its switch.</summary>
public static class PartyOrganizationModuleName
{
    public const string Value = "PartyOrganization";
}

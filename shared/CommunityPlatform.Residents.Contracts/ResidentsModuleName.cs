namespace CommunityPlatform.Residents;

/// <summary>The registry's module name, for a module that depends on it (<c>DependsOn: [ResidentsModuleName.Value]</c>).</summary>
public static class ResidentsModuleName
{
    public const string Value = "Residents";
}

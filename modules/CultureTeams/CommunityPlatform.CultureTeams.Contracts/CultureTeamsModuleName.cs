namespace CommunityPlatform.CultureTeams;

/// <summary>The module's name, as other modules name it in <c>DependsOn</c> and routes name it in switches.</summary>
public static class CultureTeamsModuleName
{
    public const string Value = "CultureTeams";
}

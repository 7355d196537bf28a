namespace CommunityPlatform.EmploymentHelp;

/// <summary>The module's name, as other modules name it in <c>DependsOn</c> and routes name it in switches.</summary>
public static class EmploymentHelpModuleName
{
    public const string Value = "EmploymentHelp";
}

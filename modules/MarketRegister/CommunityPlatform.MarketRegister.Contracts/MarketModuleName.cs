namespace CommunityPlatform.MarketRegister;

/// <summary>The module's name, as other modules name it in <c>DependsOn</c> and routes name it in switches.</summary>
public static class MarketRegisterModuleName
{
    public const string Value = "MarketRegister";
}

/// <summary>Who may do what in the market's ledgers.</summary>
public static class MarketPermissions
{
    public const string View = "Market.View";
    public const string Manage = "Market.Manage";

    /// <summary>Priority grounds (低保, disability, difficulty) and health certificates: the market's staff and the secretary only.</summary>
    public const string ViewSensitive = "Market.ViewSensitive";
}

/// <summary>The module's role templates.</summary>
public static class MarketRoles
{
    /// <summary>市场管理员: runs the market's ledgers.</summary>
    public const string Manager = "market-manager";
}

namespace CommunityPlatform.Security;

/// <summary>Where an account stands in the city's geography.</summary>
public enum AccountKind
{
    /// <summary>市级管理员: sees and manages every community.</summary>
    City,

    /// <summary>街道: reads the communities of one street; writes only its own street actions (answering escalated events, its display accounts).</summary>
    Street,

    /// <summary>社区: works in the communities it holds roles in.</summary>
    Community,
}

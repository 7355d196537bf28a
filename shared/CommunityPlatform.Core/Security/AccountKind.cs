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

    /// <summary>
    /// 大屏显示账号: made by a street (or the city) for the wall display of its service centre; sees only the big screen
    /// of its street's communities (figures and a feed with nothing personal), writes nothing.
    /// </summary>
    Display,
}

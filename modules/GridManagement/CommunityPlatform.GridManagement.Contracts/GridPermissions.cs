namespace CommunityPlatform.GridManagement;

/// <summary>Who may do what with the grids. Without <see cref="AllGrids"/> an account sees only the grids it staffs.</summary>
public static class GridPermissions
{
    /// <summary>Read grids, staff, files, patrols, events, diaries and reports.</summary>
    public const string View = "Grid.View";

    /// <summary>See every grid of the community, not only one's own: secretaries, grid office staff, the street.</summary>
    public const string AllGrids = "Grid.AllGrids";

    /// <summary>Lay out the grid tree and assign staff.</summary>
    public const string ManageGrids = "Grid.Grids.Manage";

    /// <summary>The grid worker's daily work: patrols, reporting and handling events, visits.</summary>
    public const string Work = "Grid.Work";

    /// <summary>Dispatch: accept, assign, close, escalate and supervise events.</summary>
    public const string Dispatch = "Grid.Events.Dispatch";

    /// <summary>
    /// The street's (and the city's) answer to events escalated to it: receive, instruct the community, send back,
    /// conclude, escalate further, yellow or red card. A street-tier permission: street accounts hold it, no community role does.
    /// </summary>
    public const string AnswerEscalations = "Grid.Escalations.Answer";
}

/// <summary>The grid module's own role templates.</summary>
public static class GridRoles
{
    /// <summary>网格员: patrols and visits their own grids, and reads the residents of their grids' buildings.</summary>
    public const string Worker = "grid-worker";

    /// <summary>网格管理员: the community's grid office, over every grid.</summary>
    public const string Office = "grid-office";
}

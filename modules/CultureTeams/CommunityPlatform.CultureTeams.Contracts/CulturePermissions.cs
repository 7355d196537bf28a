namespace CommunityPlatform.CultureTeams;

/// <summary>Who may do what in 文化队伍.</summary>
public static class CulturePermissions
{
    /// <summary>Read teams, points, venues, activities, volunteers and reports.</summary>
    public const string View = "Culture.View";

    /// <summary>Keep the ledgers: teams, points, venues, activities, family titles, settings.</summary>
    public const string Manage = "Culture.Manage";

    /// <summary>What a team or point leader does: ask for a venue, take attendance, enter service hours.</summary>
    public const string Record = "Culture.Record";

    /// <summary>Approve bookings and confirm or decline service hours (the culture worker's word).</summary>
    public const string Confirm = "Culture.Confirm";

    public static readonly string[] All = [View, Manage, Record, Confirm];
}

/// <summary>The module's role templates.</summary>
public static class CultureRoles
{
    /// <summary>文化专干: the community's culture worker.</summary>
    public const string Worker = "culture-worker";

    /// <summary>队长 / 睦邻点负责人: a team or point leader.</summary>
    public const string Leader = "culture-leader";
}

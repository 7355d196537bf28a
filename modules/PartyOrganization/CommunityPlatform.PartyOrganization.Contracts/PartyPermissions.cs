namespace CommunityPlatform.PartyOrganization;

/// <summary>Reading is one permission for the whole module; writing is split by who does it in a community.</summary>
public static class PartyPermissions
{
    /// <summary>Read everything of the module: tree, members, meetings, pledges, dues, reports.</summary>
    public const string View = "Party.View";

    public static class Organizations
    {
        public const string View = PartyPermissions.View;
        public const string Manage = "Party.Organizations.Manage";
    }

    /// <summary>Register, edit, move and transfer members; reviews and awards.</summary>
    public const string ManageMembers = "Party.Members.Manage";

    /// <summary>Meetings, pledges, pairing, micro-wishes, errands, joint-building units.</summary>
    public const string ManageActivities = "Party.Activities.Manage";

    /// <summary>Record dues payments.</summary>
    public const string ManageDues = "Party.Dues.Manage";
}

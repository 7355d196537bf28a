namespace CommunityPlatform.PartyOrganization;

public static class PartyPermissions
{
    public static class Organizations
    {
        public const string View = "Party.Organizations.View";
        public const string Manage = "Party.Organizations.Manage";
    }
}

namespace CommunityPlatform.Residents;

public static class ResidentsPermissions
{
    public const string View = "Residents.View";
    public const string Manage = "Residents.Manage";

    /// <summary>
    /// See the whole registry of the community. An account with <see cref="View"/> but without this sees only the
    /// buildings some module gives it (e.g. the buildings of the places a worker staffs), and their households and
    /// residents — see <see cref="ResidentsNarrowing"/>.
    /// </summary>
    public const string AllPeople = "Residents.People.All";

    /// <summary>Ask for ID numbers unmasked (one resident on request, or an export on request); every such read is audited.</summary>
    public const string ViewSensitive = "Residents.ViewSensitive";

    /// <summary>Export the registry to Excel (台账); every export is audited.</summary>
    public const string Export = "Residents.Export";
}

/// <summary>
/// How the registry is narrowed for accounts without <see cref="ResidentsPermissions.AllPeople"/>: by building.
/// Buildings, their households and the residents living in them are seen only when the building is among the keys
/// that modules contribute for <see cref="Buildings"/> (an <c>INarrowedAccessKeys</c>); a household or resident in no
/// building is seen by nobody narrowed. With no contributing module on, a narrowed account sees nothing.
/// </summary>
public static class ResidentsNarrowing
{
    public const string Buildings = "Residents.Buildings";
}

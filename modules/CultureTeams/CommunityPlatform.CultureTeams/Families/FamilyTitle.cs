using CommunityPlatform.Domain;

namespace CommunityPlatform.CultureTeams.Families;

/// <summary>A household's title for a year (文明家庭, 书香家庭, 文化之家); one of each title per household and year.</summary>
public sealed class FamilyTitle : CommunityAggregate
{
    private FamilyTitle()
    {
    }

    public FamilyTitle(int year, FamilyTitleKind title, Guid householdId, string? note) => (Year, Title, HouseholdId, Note) = (year, title, householdId, note);

    public int Year { get; private set; }
    public FamilyTitleKind Title { get; private set; }
    public Guid HouseholdId { get; private set; }
    public string? Note { get; private set; }
}

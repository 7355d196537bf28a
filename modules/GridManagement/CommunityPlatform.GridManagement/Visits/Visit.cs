using CommunityPlatform.Domain;
using CommunityPlatform.GridManagement.Events;

namespace CommunityPlatform.GridManagement.Visits;

/// <summary>A home visit of the visit diary (民情日记): the household, what was heard, and the follow-up promised.</summary>
public sealed class Visit : CommunityAggregate
{
    private Visit()
    {
    }

    public Visit(Guid gridId, Guid? householdId, Actor by, DateOnly on, string notes, string? followUp)
    {
        GridId = gridId;
        HouseholdId = householdId;
        AccountId = by.AccountId;
        Visitor = by.Name ?? "";
        On = on;
        Notes = notes.Trim();
        FollowUp = string.IsNullOrWhiteSpace(followUp) ? null : followUp.Trim();
    }

    public Guid GridId { get; private set; }
    public Guid? HouseholdId { get; private set; }
    public Guid? AccountId { get; private set; }
    public string Visitor { get; private set; } = "";
    public DateOnly On { get; private set; }
    public string Notes { get; private set; } = "";
    public string? FollowUp { get; private set; }

    /// <summary>The event the follow-up raised, if it needed one.</summary>
    public Guid? EventId { get; private set; }

    public void Raised(Guid eventId) => EventId = eventId;
}

using CommunityPlatform.Domain;
using CommunityPlatform.Errors;
using CommunityPlatform.PartyOrganization.Dues;
using CommunityPlatform.PartyOrganization.Organizations;

namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>
/// A Party member of the community: a resident of the registry (by id) with the facts of the membership. A member is
/// never deleted for leaving: the state changes and the move is kept in <see cref="MemberMove"/>s.
/// </summary>
public sealed class PartyMember : CommunityAggregate, IBelongsToUnit
{
    private PartyMember()
    {
    }

    public PartyMember(Guid residentId, Guid unitId, MemberFacts facts)
    {
        ResidentId = residentId;
        UnitId = unitId;
        Apply(facts);
    }

    public Guid ResidentId { get; private set; }
    public Guid UnitId { get; private set; }
    public DateOnly JoinedOn { get; private set; }
    public MembershipStatus Status { get; private set; }
    public DateOnly? FullSince { get; private set; }
    public MemberCategory Category { get; private set; }
    public RelationHeld RelationHeld { get; private set; }
    public string? RelationHolder { get; private set; }
    public ManagementMode ManagementMode { get; private set; }
    public bool HouseholdPlaque { get; private set; }
    public DuesClass DuesClass { get; private set; }
    public long MonthlyIncomeFen { get; private set; }

    /// <summary>在职党员到社区报到: when the member reported in, and the community service chosen.</summary>
    public DateOnly? ReportedInOn { get; private set; }
    public string? ServiceChoice { get; private set; }
    public MemberState State { get; private set; }
    public string? Place { get; private set; }

    public long MonthlyDuesFen => DuesRule.MonthlyFen(DuesClass, MonthlyIncomeFen);

    /// <summary>Members whose relation sits with their employer report in to the community (在职党员到社区报到).</summary>
    public bool ShouldReportIn => Category == MemberCategory.InService && RelationHeld == RelationHeld.Employer;

    public void Update(Guid unitId, MemberFacts facts)
    {
        UnitId = unitId;
        Apply(facts);
    }

    public void ReportIn(DateOnly on, string serviceChoice, DateOnly today)
    {
        if (!ShouldReportIn) throw new BusinessRuleException(PartyErrors.ReportInNotNeeded);
        if (on > today) throw new BusinessRuleException(PartyErrors.DateInFuture);
        ReportedInOn = on;
        ServiceChoice = serviceChoice.Trim();
    }

    /// <summary>Applies a move and returns the history line; the caller has checked that a target unit is of this community.</summary>
    public MemberMove Move(MoveKind kind, DateOnly on, Guid? toUnitId, string? place, string? note)
    {
        if (on < JoinedOn) throw new BusinessRuleException(PartyErrors.MoveBeforeJoining);
        var from = UnitId;
        switch (kind)
        {
            case MoveKind.MovedUnit when State == MemberState.Active && toUnitId is { } unit:
                UnitId = unit;
                break;
            case MoveKind.FlowedOut when State == MemberState.Active:
                State = MemberState.FlowedOut;
                Place = place;
                break;
            case MoveKind.FlowedBack when State == MemberState.FlowedOut:
                State = MemberState.Active;
                Place = null;
                break;
            case MoveKind.TransferredOut when State != MemberState.Left:
                State = MemberState.Left;
                Place = place;
                break;
            default:
                throw new BusinessRuleException(PartyErrors.MoveNotAllowed);
        }

        return new MemberMove(Id, kind, on, from, kind == MoveKind.MovedUnit ? UnitId : null, place, note);
    }

    private void Apply(MemberFacts facts)
    {
        if (facts.Status == MembershipStatus.Full && facts.FullSince is null) throw new BusinessRuleException(PartyErrors.FullSinceRequired);
        if (facts.FullSince is { } full && full < facts.JoinedOn) throw new BusinessRuleException(PartyErrors.FullBeforeJoining);
        JoinedOn = facts.JoinedOn;
        Status = facts.Status;
        FullSince = facts.Status == MembershipStatus.Full ? facts.FullSince : null;
        Category = facts.Category;
        RelationHeld = facts.RelationHeld;
        RelationHolder = string.IsNullOrWhiteSpace(facts.RelationHolder) ? null : facts.RelationHolder.Trim();
        ManagementMode = facts.ManagementMode ?? DefaultMode(facts.Category, facts.RelationHeld);
        HouseholdPlaque = facts.HouseholdPlaque;
        DuesClass = facts.DuesClass ?? DuesRule.DefaultFor(facts.Category);
        MonthlyIncomeFen = facts.MonthlyIncomeFen;
        if (!ShouldReportIn)
        {
            ReportedInOn = null;
            ServiceChoice = null;
        }
    }

    // The four modes of report 003: relation here → direct; at an employer → dual; retired → taken over; mobile → assisted.
    private static ManagementMode DefaultMode(MemberCategory category, RelationHeld relation) => (category, relation) switch
    {
        (MemberCategory.Mobile, _) => ManagementMode.Assisted,
        (MemberCategory.Retired, not RelationHeld.Community) => ManagementMode.TakenOver,
        (_, RelationHeld.Employer) => ManagementMode.Dual,
        (_, RelationHeld.Elsewhere) => ManagementMode.Assisted,
        _ => ManagementMode.Direct,
    };
}

/// <summary>What a registration or an edit says about a membership; checked by <see cref="PartyMember"/>.</summary>
public sealed record MemberFacts(
    DateOnly JoinedOn, MembershipStatus Status, DateOnly? FullSince, MemberCategory Category, RelationHeld RelationHeld,
    string? RelationHolder, ManagementMode? ManagementMode, bool HouseholdPlaque, DuesClass? DuesClass, long MonthlyIncomeFen);

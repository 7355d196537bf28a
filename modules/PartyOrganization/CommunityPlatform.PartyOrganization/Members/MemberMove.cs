using CommunityPlatform.Domain;

namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>One line of a member's history: registered, transferred in, moved unit, flowed out or back, transferred out.</summary>
public sealed class MemberMove : CommunityAggregate
{
    private MemberMove()
    {
    }

    public MemberMove(Guid memberId, MoveKind kind, DateOnly on, Guid? fromUnitId, Guid? toUnitId, string? place, string? note)
    {
        MemberId = memberId;
        Kind = kind;
        On = on;
        FromUnitId = fromUnitId;
        ToUnitId = toUnitId;
        Place = place?.Trim();
        Note = note?.Trim();
    }

    public Guid MemberId { get; private set; }
    public MoveKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public Guid? FromUnitId { get; private set; }
    public Guid? ToUnitId { get; private set; }
    public string? Place { get; private set; }
    public string? Note { get; private set; }
}

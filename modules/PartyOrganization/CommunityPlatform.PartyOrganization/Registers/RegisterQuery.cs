namespace CommunityPlatform.PartyOrganization.Registers;

/// <summary>
/// The filters of the page a register is printed or exported from, as that page's address carries them, so the
/// workbook holds what the page lists. Each register reads the ones it knows; the rest are ignored.
/// </summary>
public sealed class RegisterQuery
{
    public Guid? UnitId { get; init; }
    public MemberCategory? Category { get; init; }

    /// <summary>A member's state on the members page, a pledge's on the pledges page.</summary>
    public string? State { get; init; }
    public string? Search { get; init; }
    public MeetingKind? Kind { get; init; }
    public PledgeOwner? Owner { get; init; }
    public Guid? MemberId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Month { get; init; }
    public CommunityPlatform.Tenancy.ReportScope? Scope { get; init; }
    public int? Year { get; init; }
    public int? Quarter { get; init; }

    public PartyMemberQuery Members() => new()
    {
        UnitId = UnitId, Category = Category, Search = Search, State = Enum.TryParse<MemberState>(State, true, out var s) ? s : null,
    };

    public PledgeQuery Pledges() => new()
    {
        UnitId = UnitId, MemberId = MemberId, Owner = Owner, State = Enum.TryParse<PledgeState>(State, true, out var s) ? s : null,
    };

    public MeetingQuery Meetings() => new() { UnitId = UnitId, Kind = Kind, From = From, To = To };
}

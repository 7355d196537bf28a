namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>The register form as people fill it: income in yuan (the register keeps fen), the rest as the request has it.</summary>
public sealed class MemberForm
{
    public Guid? ResidentId { get; set; }
    public Guid? UnitId { get; set; }
    public DateOnly? JoinedOn { get; set; }
    public MembershipStatus Status { get; set; } = MembershipStatus.Full;
    public DateOnly? FullSince { get; set; }
    public MemberCategory? Category { get; set; }
    public RelationHeld RelationHeld { get; set; } = RelationHeld.Community;
    public string? RelationHolder { get; set; }
    public ManagementMode? ManagementMode { get; set; }
    public bool HouseholdPlaque { get; set; }
    public DuesClass? DuesClass { get; set; }
    public decimal? MonthlyIncomeYuan { get; set; }
    public string? TransferredFrom { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static MemberForm From(PartyMemberDto m) => new()
    {
        ResidentId = m.ResidentId, UnitId = m.UnitId, JoinedOn = m.JoinedOn, Status = m.Status, FullSince = m.FullSince, Category = m.Category,
        RelationHeld = m.RelationHeld, RelationHolder = m.RelationHolder, ManagementMode = m.ManagementMode, HouseholdPlaque = m.HouseholdPlaque,
        DuesClass = m.DuesClass, MonthlyIncomeYuan = m.MonthlyIncomeFen / 100m, ConcurrencyStamp = m.ConcurrencyStamp,
    };

    public PartyMemberRequest ToRequest() => new()
    {
        ResidentId = ResidentId, UnitId = UnitId, JoinedOn = JoinedOn, Status = Status, FullSince = FullSince, Category = Category,
        RelationHeld = RelationHeld, RelationHolder = RelationHolder, ManagementMode = ManagementMode, HouseholdPlaque = HouseholdPlaque,
        DuesClass = DuesClass, MonthlyIncomeFen = Fen(MonthlyIncomeYuan), TransferredFrom = TransferredFrom, ConcurrencyStamp = ConcurrencyStamp,
    };

    /// <summary>Yuan to fen, half up. An absurd figure is clamped (not overflowed) so that the request's own range check names it.</summary>
    public static long Fen(decimal? yuan) => yuan is { } y ? (long)Math.Round(Math.Clamp(y, -1m, 1_000_000_000m) * 100m, MidpointRounding.AwayFromZero) : 0;
}

using CommunityPlatform.PartyOrganization.Members;

namespace CommunityPlatform.PartyOrganization.Dues;

/// <summary>A line's payment as the treasurer types it: the amount in yuan (the register keeps fen).</summary>
public sealed class DuesPaymentForm
{
    public Guid? MemberId { get; set; }
    public string? Month { get; set; }
    public decimal? AmountYuan { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? PaidBy { get; set; }

    public DuesPaymentRequest ToRequest() => new()
    {
        MemberId = MemberId, Month = Month, AmountFen = AmountYuan is null ? null : MemberForm.Fen(AmountYuan), PaidOn = PaidOn, PaidBy = PaidBy,
    };
}

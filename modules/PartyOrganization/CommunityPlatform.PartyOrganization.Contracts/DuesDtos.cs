using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.PartyOrganization;

/// <summary>A dues payment for one month; <c>paidBy</c> names whoever paid on the member's behalf.</summary>
public sealed record DuesPaymentDto(Guid Id, Guid MemberId, string MemberName, string Month, long AmountFen, DateOnly PaidOn, string? PaidBy);

public sealed class DuesPaymentRequest
{
    [Required] public Guid? MemberId { get; init; }

    /// <summary><c>yyyy-MM</c>, not before the month the member joined.</summary>
    [Required, RegularExpression(@"^\d{4}-(0[1-9]|1[0-2])$")] public string? Month { get; init; }

    /// <summary>In fen; at least the month's dues by the rule (paying more is allowed). Defaults to the rule's amount.</summary>
    [Range(typeof(long), "1", "10000000")] public long? AmountFen { get; init; }
    [Required] public DateOnly? PaidOn { get; init; }

    /// <summary>Someone paying on the member's behalf (代缴), e.g. a family member.</summary>
    [StringLength(50)] public string? PaidBy { get; init; }
}

/// <summary>The dues of a month: who owes what, who paid, and the rate.</summary>
public sealed record DuesMonthDto(string Month, int Due, int Paid, decimal Rate, long DueFen, long PaidFen, IReadOnlyList<DuesLineDto> Unpaid);

public sealed record DuesLineDto(Guid MemberId, string Name, string UnitName, DuesClass DuesClass, long AmountFen);

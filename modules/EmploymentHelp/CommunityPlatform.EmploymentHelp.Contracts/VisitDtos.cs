using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>A visit to a needy household (走访慰问) and the aid given there: cash and goods in fen, who gave what.</summary>
public sealed record CareVisitDto(
    Guid Id, Guid? HouseholdId, Guid? ResidentId, string? Visited, DateOnly On, VisitOccasion Occasion, string Visitors,
    long CashFen, long GoodsFen, string? Goods, string? Giver, string? Notes, string ConcurrencyStamp);

public sealed class CareVisitRequest
{
    /// <summary>The household visited; or name a resident instead.</summary>
    public Guid? HouseholdId { get; init; }
    public Guid? ResidentId { get; init; }
    [Required] public DateOnly? On { get; init; }
    public VisitOccasion Occasion { get; init; } = VisitOccasion.Routine;
    [Required, StringLength(100, MinimumLength = 1)] public string? Visitors { get; init; }
    [Range(typeof(long), "0", "100000000")] public long CashFen { get; init; }
    [Range(typeof(long), "0", "100000000")] public long GoodsFen { get; init; }

    /// <summary>What goods, e.g. 米面油.</summary>
    [StringLength(200)] public string? Goods { get; init; }

    /// <summary>Who gave the aid, e.g. 社区党委, a joint-building unit.</summary>
    [StringLength(100)] public string? Giver { get; init; }
    [StringLength(1000)] public string? Notes { get; init; }
}

public sealed class CareVisitQuery : Application.PageQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public VisitOccasion? Occasion { get; init; }

    /// <summary>Only visits that gave aid (the aid ledger).</summary>
    public bool WithAid { get; init; }
}

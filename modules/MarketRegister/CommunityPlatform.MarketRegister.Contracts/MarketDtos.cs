using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister;

public enum StallState
{
    Vacant,
    Reserved,
    Let,
    Closed,
}

public sealed record MarketDto(
    Guid Id, string Name, string Operator, string Address, IReadOnlyList<string> Zones, string? OpeningHours, string? Rules, string? ComplaintPhone,
    string? NoticeBoard, long RenovationFen, int Stalls, string ConcurrencyStamp);

public sealed class MarketRequest
{
    [Required, StringLength(100, MinimumLength = 2)] public string? Name { get; init; }

    /// <summary>举办者: the community, or whoever runs it.</summary>
    [Required, StringLength(100, MinimumLength = 2)] public string? Operator { get; init; }

    [Required, StringLength(200, MinimumLength = 2)] public string? Address { get; init; }

    /// <summary>蔬菜, 肉类, 水产, 熟食, 日杂…</summary>
    [Required, MinLength(1), MaxLength(20), ItemLength(20)] public List<string>? Zones { get; init; }

    [StringLength(100)] public string? OpeningHours { get; init; }
    [StringLength(2000)] public string? Rules { get; init; }
    [StringLength(24)] public string? ComplaintPhone { get; init; }

    /// <summary>What the notice board at the gate shows.</summary>
    [StringLength(1000)] public string? NoticeBoard { get; init; }

    /// <summary>What building or rebuilding it cost, in fen.</summary>
    [Range(typeof(long), "0", "100000000000")] public long? RenovationFen { get; init; }

    public string? ConcurrencyStamp { get; init; }
}

public sealed record StallDto(
    Guid Id, Guid MarketId, string Number, string Zone, decimal AreaM2, bool Corner, string Category, long MonthlyRentFen, StallState State,
    string? HolderName, string ConcurrencyStamp);

public sealed class StallRequest
{
    [Required] public Guid? MarketId { get; init; }
    [Required, StringLength(16, MinimumLength = 1)] public string? Number { get; init; }
    [Required, StringLength(20, MinimumLength = 1)] public string? Zone { get; init; }
    [Required, Range(typeof(decimal), "0.5", "500")] public decimal? AreaM2 { get; init; }
    public bool Corner { get; init; }
    [Required, StringLength(40, MinimumLength = 1)] public string? Category { get; init; }
    [Required, Range(typeof(long), "0", "100000000")] public long? MonthlyRentFen { get; init; }

    /// <summary>Vacant, reserved or closed by hand; a stall is let only through an allocation round or a lease.</summary>
    public StallState? State { get; init; }

    public string? ConcurrencyStamp { get; init; }
}

public sealed class StallQuery : PageQuery
{
    public Guid? MarketId { get; init; }
    [StringLength(20)] public string? Zone { get; init; }
    public StallState? State { get; init; }
}

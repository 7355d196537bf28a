using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.CultureTeams;

public enum VenueKind
{
    /// <summary>文化广场</summary>
    Square,

    /// <summary>图书室</summary>
    Library,

    /// <summary>活动中心</summary>
    ActivityCentre,

    /// <summary>功能室</summary>
    FunctionRoom,

    /// <summary>大厅</summary>
    Hall,
}

/// <summary>requested → approved | rejected; approved → used | no-show | cancelled (a request may also be cancelled).</summary>
public enum BookingState
{
    Requested,
    Approved,
    Rejected,
    Used,
    NoShow,
    Cancelled,
}

public enum BookingAction
{
    Approve,
    Reject,
    Use,
    NoShow,
    Cancel,
}

public sealed record VenueDto(
    Guid Id, string Name, VenueKind Kind, int Capacity, decimal? AreaM2, TimeOnly Opens, TimeOnly Closes, string? Address, string? Note, string ConcurrencyStamp);

public sealed class VenueRequest
{
    [Required, StringLength(50, MinimumLength = 2)] public string? Name { get; init; }
    [Required] public VenueKind? Kind { get; init; }
    [Range(1, 100_000)] public int Capacity { get; init; } = 50;
    [Range(typeof(decimal), "1", "100000")] public decimal? AreaM2 { get; init; }

    /// <summary>Open hours, China time; defaults 08:00–21:00.</summary>
    public TimeOnly? Opens { get; init; }
    public TimeOnly? Closes { get; init; }
    [StringLength(100)] public string? Address { get; init; }
    [StringLength(500)] public string? Note { get; init; }

    /// <summary>Required to change a venue: the stamp it was read with.</summary>
    public string? ConcurrencyStamp { get; init; }
}

public sealed record BookingDto(
    Guid Id, Guid VenueId, string VenueName, string Purpose, string BookedBy, Guid? TeamId, DateTime StartsAt, DateTime EndsAt, int? Attendees,
    BookingState State, string? Note, string ConcurrencyStamp);

public sealed class BookingRequest
{
    [Required] public Guid? VenueId { get; init; }
    [Required, StringLength(100, MinimumLength = 2)] public string? Purpose { get; init; }

    /// <summary>Who asks (a team's leader, a resident, a unit).</summary>
    [Required, StringLength(50, MinimumLength = 1)] public string? BookedBy { get; init; }
    public Guid? TeamId { get; init; }
    [Required] public DateTime? StartsAt { get; init; }
    [Required] public DateTime? EndsAt { get; init; }
    [Range(1, 100_000)] public int? Attendees { get; init; }
}

/// <summary>One step of a booking; <c>concurrencyStamp</c> is the one read.</summary>
public sealed class BookingStepRequest
{
    [Required] public BookingAction? Action { get; init; }
    [StringLength(200)] public string? Note { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class BookingQuery : PageQuery
{
    public Guid? VenueId { get; init; }
    public BookingState? State { get; init; }

    /// <summary>Bookings ending after this instant.</summary>
    public DateTime? From { get; init; }
}

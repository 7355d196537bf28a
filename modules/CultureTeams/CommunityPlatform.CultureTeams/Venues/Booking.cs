using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.CultureTeams.Venues;

/// <summary>A request for a venue over [start, end): requested → approved | rejected; approved → used | no-show | cancelled.</summary>
public sealed class Booking : CommunityAggregate
{
    private Booking()
    {
    }

    public Booking(Guid venueId, string purpose, string bookedBy, Guid? teamId, DateTime startsAt, DateTime endsAt, int? attendees)
    {
        if (endsAt <= startsAt) throw new InvalidInputException(CultureErrors.EndsBeforeStart, "endsAt", CultureErrors.EndsBeforeStart.Localized());
        (VenueId, Purpose, BookedBy, TeamId, StartsAt, EndsAt, Attendees) = (venueId, purpose, bookedBy, teamId, startsAt, endsAt, attendees);
        State = BookingState.Requested;
    }

    public Guid VenueId { get; private set; }
    public string Purpose { get; private set; } = "";
    public string BookedBy { get; private set; } = "";
    public Guid? TeamId { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public int? Attendees { get; private set; }
    public BookingState State { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Whether the booking holds the venue: only approved (and then used) bookings block others.</summary>
    public static readonly BookingState[] Holding = [BookingState.Approved, BookingState.Used];

    public void Apply(BookingAction action, string? note)
    {
        State = (State, action) switch
        {
            (BookingState.Requested, BookingAction.Approve) => BookingState.Approved,
            (BookingState.Requested, BookingAction.Reject) => BookingState.Rejected,
            (BookingState.Requested or BookingState.Approved, BookingAction.Cancel) => BookingState.Cancelled,
            (BookingState.Approved, BookingAction.Use) => BookingState.Used,
            (BookingState.Approved, BookingAction.NoShow) => BookingState.NoShow,
            _ => throw new BusinessRuleException(CultureErrors.BookingStep),
        };
        if (note is not null) Note = note;
    }
}

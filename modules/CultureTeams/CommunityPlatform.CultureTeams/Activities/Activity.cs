using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.CultureTeams.Activities;

/// <summary>
/// An activity of a team, a point or the community: planned → open for sign-up → held → recorded → closed. Its
/// <see cref="Attendance"/> (人次) is the head count when one was recorded, else the people checked in by name; a
/// publicity session also records the information it gathered.
/// </summary>
public sealed class Activity : CommunityAggregate
{
    private Activity()
    {
    }

    public Activity(string title, ActivityKind kind, DateTime startsAt, DateTime endsAt)
    {
        Title = title;
        Kind = kind;
        Reschedule(startsAt, endsAt);
        State = ActivityState.Planned;
        Public = true;
    }

    public string Title { get; private set; } = "";
    public ActivityKind Kind { get; private set; }
    public ActivityState State { get; private set; }
    public Guid? TeamId { get; private set; }
    public Guid? PointId { get; private set; }
    public Guid? VenueId { get; private set; }
    public string? Place { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public int? Capacity { get; private set; }
    public string? Programme { get; private set; }
    public int? HeadCount { get; private set; }
    public int Named { get; private set; }
    public int Attendance { get; private set; }
    public int? InformationGathered { get; private set; }
    public bool Public { get; private set; }

    /// <summary>What the QR code at the venue carries: a public token of the activity, not its id.</summary>
    public string CheckInCode { get; private set; } = NewCode();
    public string? Note { get; private set; }

    public void Describe(string title, ActivityKind kind, Guid? teamId, Guid? pointId, Guid? venueId, string? place, int? capacity, string? programme, bool isPublic, string? note)
    {
        if (State >= ActivityState.Recorded) throw new BusinessRuleException(CultureErrors.ActivityLocked);
        (Title, Kind, TeamId, PointId, VenueId, Place, Capacity, Programme, Public, Note) = (title, kind, teamId, pointId, venueId, place, capacity, programme, isPublic, note);
    }

    public void Reschedule(DateTime startsAt, DateTime endsAt)
    {
        if (endsAt <= startsAt) throw new InvalidInputException(CultureErrors.EndsBeforeStart, "endsAt", CultureErrors.EndsBeforeStart.Localized());
        (StartsAt, EndsAt) = (startsAt, endsAt);
    }

    public void Apply(ActivityAction action, int? headCount, int? information)
    {
        State = (State, action) switch
        {
            (ActivityState.Planned, ActivityAction.Open) => ActivityState.Open,
            (ActivityState.Planned or ActivityState.Open, ActivityAction.Hold) => ActivityState.Held,
            (ActivityState.Held, ActivityAction.Record) => ActivityState.Recorded,
            (ActivityState.Recorded, ActivityAction.Close) => ActivityState.Closed,
            _ => throw new BusinessRuleException(CultureErrors.ActivityStep),
        };
        if (action == ActivityAction.Record)
        {
            if (headCount is not null) HeadCount = headCount;
            if (information is not null && Kind == ActivityKind.Publicity) InformationGathered = information;
            Count();
        }
    }

    /// <summary>Whether people may check in or sign up now: a lecture opens for sign-up ahead; anyone checks in until it is recorded.</summary>
    public bool TakesAttendance => State is ActivityState.Planned or ActivityState.Open or ActivityState.Held;

    public void Attended(int named)
    {
        Named = named;
        Count();
    }

    private static string NewCode()
    {
        const string Letters = "abcdefghjkmnpqrstuvwxyz23456789";
        return string.Create(10, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = Letters[System.Security.Cryptography.RandomNumberGenerator.GetInt32(Letters.Length)];
        });
    }

    private void Count() => Attendance = Math.Max(HeadCount ?? 0, Named);
}

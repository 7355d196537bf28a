using CommunityPlatform.Domain;
using CommunityPlatform.Errors;
using CommunityPlatform.PartyOrganization.Organizations;

namespace CommunityPlatform.PartyOrganization.Meetings;

/// <summary>A meeting of 三会一课, a theme Party day or a study day, with who attended and why others did not.</summary>
public sealed class Meeting : CommunityAggregate, IBelongsToUnit
{
    private Meeting()
    {
    }

    public Meeting(MeetingKind kind, OrganizationUnit unit, DateOnly heldOn, string topic, string? minutes, IReadOnlyList<Attendance> attendance, DateOnly today)
    {
        Record(kind, unit, heldOn, topic, minutes, attendance, today);
    }

    public MeetingKind Kind { get; private set; }
    public Guid UnitId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string Topic { get; private set; } = "";
    public string? Minutes { get; private set; }

    /// <summary>Kept with the meeting as one list: it is always written and read whole.</summary>
    public IReadOnlyList<Attendance> Attendance { get; private set; } = [];

    /// <param name="attendance">Checked by the caller against the unit's members; here only the shape is checked.</param>
    public void Record(MeetingKind kind, OrganizationUnit unit, DateOnly heldOn, string topic, string? minutes, IReadOnlyList<Attendance> attendance, DateOnly today)
    {
        if (!unit.Holds(kind)) throw new BusinessRuleException(PartyErrors.MeetingKindNotForUnit);
        if (heldOn > today) throw new BusinessRuleException(PartyErrors.DateInFuture);
        if (attendance.FirstOrDefault(a => !a.Present && string.IsNullOrWhiteSpace(a.AbsenceReason)) is not null)
            throw new BusinessRuleException(PartyErrors.AbsenceReasonRequired);
        Kind = kind;
        UnitId = unit.Id;
        HeldOn = heldOn;
        Topic = topic.Trim();
        Minutes = minutes?.Trim();
        Attendance = attendance.DistinctBy(a => a.MemberId).ToList();
    }
}

/// <summary>One member at one meeting.</summary>
public sealed record Attendance(Guid MemberId, bool Present, string? AbsenceReason);

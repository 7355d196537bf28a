using CommunityPlatform.Domain;
using CommunityPlatform.Errors;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.CultureTeams.Teams;

/// <summary>
/// A culture, sports or volunteer team (合唱队, 腰鼓队, 城管志愿者队…): its leader from the registry, the days and hours it
/// meets, its home venue. proposed → active ⇄ dormant → dissolved.
/// </summary>
public sealed class Team : CommunityAggregate
{
    private Team()
    {
    }

    public Team(string name, TeamKind kind, string category, DateOnly foundedOn)
    {
        (Name, Kind, Category, FoundedOn) = (name, kind, category, foundedOn);
        State = TeamState.Proposed;
    }

    public string Name { get; private set; } = "";
    public TeamKind Kind { get; private set; }
    public string Category { get; private set; } = "";
    public TeamState State { get; private set; }
    public Guid? LeaderResidentId { get; private set; }

    /// <summary>The days it meets, one bit per <see cref="DayOfWeek"/> (Sunday = bit 0).</summary>
    public int Days { get; private set; }
    public TimeOnly? From { get; private set; }
    public TimeOnly? To { get; private set; }
    public Guid? VenueId { get; private set; }
    public DateOnly FoundedOn { get; private set; }
    public string? Note { get; private set; }

    public void Change(string name, TeamKind kind, string category, Guid? leader, Guid? venueId, DateOnly foundedOn, string? note)
    {
        (Name, Kind, Category, LeaderResidentId, VenueId, FoundedOn, Note) = (name, kind, category, leader, venueId, foundedOn, note);
    }

    public void Schedule(IEnumerable<DayOfWeek> days, TimeOnly? from, TimeOnly? to)
    {
        if ((from is null) != (to is null) || from >= to) throw new InvalidInputException(CultureErrors.ScheduleTimes, "to", CultureErrors.ScheduleTimes.Localized());
        Days = days.Aggregate(0, (mask, d) => mask | (1 << (int)d));
        (From, To) = (from, to);
    }

    public IReadOnlyList<DayOfWeek> MeetingDays => Enum.GetValues<DayOfWeek>().Where(d => (Days & (1 << (int)d)) != 0).ToList();

    public void Apply(TeamAction action) => State = (State, action) switch
    {
        (TeamState.Proposed or TeamState.Dormant, TeamAction.Activate) => TeamState.Active,
        (TeamState.Active, TeamAction.Suspend) => TeamState.Dormant,
        (not TeamState.Dissolved, TeamAction.Dissolve) => TeamState.Dissolved,
        _ => throw new BusinessRuleException(CultureErrors.TeamStep),
    };

    /// <summary>每天 19:00–20:00, 周二、周四 09:00–11:00, 不定期.</summary>
    public static string ScheduleText(IReadOnlyList<DayOfWeek> days, TimeOnly? from, TimeOnly? to)
    {
        var names = new[] { "日", "一", "二", "三", "四", "五", "六" };
        var when = days.Count switch
        {
            0 => Lang.T("不定期", "By arrangement"),
            7 => Lang.T("每天", "Every day"),
            _ => Lang.T("每周" + string.Join("、", days.Select(d => names[(int)d])), string.Join(", ", days.Select(d => d.ToString()[..3]))),
        };
        return from is { } f && to is { } t ? $"{when} {f:HH\\:mm}–{t:HH\\:mm}" : when;
    }
}

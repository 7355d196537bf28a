namespace CommunityPlatform.GridManagement.Rhythm;

/// <summary>
/// The joint meeting form as people fill it: a few decision rows, of which only the written ones count — an empty row
/// is a decision not taken, not a decision without text.
/// </summary>
public sealed class MeetingForm
{
    /// <summary>How many decision rows the form offers; a meeting with more records the rest at its next sitting or through the API.</summary>
    public const int Rows = 5;

    public DateOnly? HeldOn { get; set; }
    public string? Topic { get; set; }
    public string? Attendees { get; set; }
    public string? Minutes { get; set; }
    public List<DecisionRow> Decisions { get; set; } = [];

    public DecisionRow Row(int i) => i < Decisions.Count ? Decisions[i] : new DecisionRow();

    public JointMeetingRequest ToRequest() => new()
    {
        HeldOn = HeldOn, Topic = Topic?.Trim(), Attendees = Attendees, Minutes = Minutes?.Trim(),
        Decisions = Decisions.Where(d => !string.IsNullOrWhiteSpace(d.Text))
            .Select(d => new DecisionRequest { Text = d.Text!.Trim(), GridId = d.GridId, Kind = d.Kind }).ToList(),
    };
}

/// <summary>One decision; with a grid chosen it becomes that grid's event when the meeting is recorded.</summary>
public sealed class DecisionRow
{
    public string? Text { get; set; }
    public Guid? GridId { get; set; }
    public EventKind Kind { get; set; } = EventKind.Other;
}

using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.MarketRegister.Inspections;

/// <summary>An inspection of the market (daily round, food safety, metrology, fire) and its findings, each with a deadline → rectified → rechecked.</summary>
public sealed class Inspection : CommunityAggregate
{
    private List<Finding> findings = [];

    private Inspection()
    {
    }

    public Inspection(Guid marketId, InspectionKind kind, DateOnly on, string inspector, string? note, IEnumerable<(string Text, Guid? StallId, DateOnly Deadline)> found)
    {
        (MarketId, Kind, On, Inspector, Note) = (marketId, kind, on, inspector.Trim(), string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        findings = found.Select((f, i) => new Finding(i + 1, f.Text.Trim(), f.StallId, f.Deadline < on ? on : f.Deadline, FindingState.Open, null, null)).ToList();
    }

    public Guid MarketId { get; private set; }
    public InspectionKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public string Inspector { get; private set; } = "";
    public string? Note { get; private set; }

    /// <summary>Any finding not yet closed by a passed recheck.</summary>
    public bool HasOpenFindings { get; private set; }

    public IReadOnlyList<Finding> Findings
    {
        get => findings;
        private set => findings = value.ToList();
    }

    public void Rectify(int number, DateOnly on) => Change(number, f =>
    {
        if (f.State != FindingState.Open) throw new BusinessRuleException(MarketErrors.FindingStepNotAllowed);
        return f with { State = FindingState.Rectified, RectifiedOn = on };
    });

    /// <summary>A passed recheck closes the finding; a failed one opens it again.</summary>
    public void Recheck(int number, bool passed, DateOnly on) => Change(number, f =>
    {
        if (f.State != FindingState.Rectified) throw new BusinessRuleException(MarketErrors.FindingStepNotAllowed);
        return f with { State = passed ? FindingState.Closed : FindingState.Open, RecheckedOn = on };
    });

    public void Opened() => HasOpenFindings = findings.Any(f => f.State != FindingState.Closed);

    private void Change(int number, Func<Finding, Finding> step)
    {
        var at = findings.FindIndex(f => f.Number == number);
        if (at < 0) throw new NotFoundException(MarketErrors.FindingNotFound);
        findings = [.. findings[..at], step(findings[at]), .. findings[(at + 1)..]];
        Opened();
    }
}

/// <summary>One finding of an inspection and how far its rectification has come.</summary>
public sealed record Finding(int Number, string Text, Guid? StallId, DateOnly Deadline, FindingState State, DateOnly? RectifiedOn, DateOnly? RecheckedOn)
{
    public bool OverdueOn(DateOnly today) => State == FindingState.Open && today > Deadline;
}

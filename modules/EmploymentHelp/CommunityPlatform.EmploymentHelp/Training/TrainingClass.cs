using CommunityPlatform.Domain;

namespace CommunityPlatform.EmploymentHelp.Training;

/// <summary>A training class run with the employment bureau (创业/技能培训班) and its trainees.</summary>
public sealed class TrainingClass : CommunityAggregate
{
    private TrainingClass()
    {
    }

    public TrainingClass(string title, TrainingKind kind, string? partner, DateOnly startsOn, DateOnly? endsOn)
    {
        Title = title;
        Kind = kind;
        Partner = partner;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public string Title { get; private set; } = "";
    public TrainingKind Kind { get; private set; }
    public string? Partner { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public IReadOnlyList<Trainee> Trainees { get; private set; } = [];

    /// <summary>Enrols the resident, or records how they fared when already enrolled.</summary>
    public void Enrol(Trainee trainee) =>
        Trainees = [.. Trainees.Where(t => t.ResidentId != trainee.ResidentId), trainee];
}

public sealed record Trainee(Guid ResidentId, bool Completed, string? Certificate, bool PlacedAfter);

using CommunityPlatform.Domain;

namespace CommunityPlatform.EmploymentHelp.Openings;

/// <summary>A job opening brought to the community by an employer, a joint-building unit or a job fair.</summary>
public sealed class Opening : CommunityAggregate
{
    private Opening()
    {
    }

    public Opening(string employer, string title, int positions, long? monthlyPayFen, OpeningSource source, DateOnly postedOn)
    {
        Employer = employer;
        Title = title;
        Positions = positions;
        MonthlyPayFen = monthlyPayFen;
        Source = source;
        PostedOn = postedOn;
    }

    public string Employer { get; private set; } = "";
    public string Title { get; private set; } = "";
    public int Positions { get; private set; }
    public long? MonthlyPayFen { get; private set; }
    public OpeningSource Source { get; private set; }
    public DateOnly PostedOn { get; private set; }
    public bool Closed { get; private set; }

    public void Close() => Closed = true;
}

/// <summary>A job seeker referred to an opening, and what came of it.</summary>
public sealed class Referral : CommunityAggregate
{
    private Referral()
    {
    }

    public Referral(Guid openingId, Guid jobSeekerId, DateOnly referredOn)
    {
        OpeningId = openingId;
        JobSeekerId = jobSeekerId;
        ReferredOn = referredOn;
    }

    public Guid OpeningId { get; private set; }
    public Guid JobSeekerId { get; private set; }
    public DateOnly ReferredOn { get; private set; }
    public ReferralOutcome Outcome { get; private set; } = ReferralOutcome.Pending;

    public void Conclude(ReferralOutcome outcome) => Outcome = outcome;
}

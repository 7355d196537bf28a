using CommunityPlatform.Application;
using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>An objection (异议) to a round's notice, answered with a reason; an upheld one withdraws the notice.</summary>
public sealed class Objection : CommunityAggregate
{
    private Objection()
    {
    }

    public Objection(Guid roundId, Guid? applicationId, string raisedBy, string text, DateTime raisedAt) =>
        (RoundId, ApplicationId, RaisedBy, Text, RaisedAt) = (roundId, applicationId, raisedBy.Trim(), text.Trim(), raisedAt);

    public Guid RoundId { get; private set; }
    public Guid? ApplicationId { get; private set; }
    public string RaisedBy { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime RaisedAt { get; private set; }
    public string? Answer { get; private set; }
    public bool? Upheld { get; private set; }
    public DateTime? AnsweredAt { get; private set; }

    public void AnswerWith(string answer, bool upheld, DateTime at)
    {
        if (Answer is not null) throw new BusinessRuleException(MarketErrors.RoundStepNotAllowed, Language.T("该异议已答复。", "The objection is answered already."));
        (Answer, Upheld, AnsweredAt) = (answer.Trim(), upheld, at);
    }
}

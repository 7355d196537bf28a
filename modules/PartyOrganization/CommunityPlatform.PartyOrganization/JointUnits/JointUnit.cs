using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.PartyOrganization.JointUnits;

/// <summary>共驻共建单位 and its agreement with the community.</summary>
public sealed class JointUnit : CommunityAggregate
{
    private JointUnit()
    {
    }

    public JointUnit(JointUnitFacts facts) => Apply(facts);

    public string Name { get; private set; } = "";
    public string? Contact { get; private set; }
    public string? Phone { get; private set; }
    public string? Resources { get; private set; }
    public DateOnly? AgreementSignedOn { get; private set; }
    public DateOnly? AgreementUntil { get; private set; }
    public string? AgreementTerms { get; private set; }

    public void Apply(JointUnitFacts facts)
    {
        if (facts.AgreementUntil < facts.AgreementSignedOn) throw new BusinessRuleException(PartyErrors.AgreementEndsBeforeSigned);
        Name = facts.Name.Trim();
        Contact = facts.Contact?.Trim();
        Phone = facts.Phone?.Trim();
        Resources = facts.Resources?.Trim();
        AgreementSignedOn = facts.AgreementSignedOn;
        AgreementUntil = facts.AgreementUntil;
        AgreementTerms = facts.AgreementTerms?.Trim();
    }
}

public sealed record JointUnitFacts(string Name, string? Contact, string? Phone, string? Resources, DateOnly? AgreementSignedOn, DateOnly? AgreementUntil, string? AgreementTerms);

/// <summary>An activity held together with a joint-building unit.</summary>
public sealed class JointActivity : CommunityAggregate
{
    private JointActivity()
    {
    }

    public JointActivity(Guid jointUnitId, DateOnly heldOn, string title, int participants, string? note)
    {
        JointUnitId = jointUnitId;
        HeldOn = heldOn;
        Title = title.Trim();
        Participants = participants;
        Note = note?.Trim();
    }

    public Guid JointUnitId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string Title { get; private set; } = "";
    public int Participants { get; private set; }
    public string? Note { get; private set; }
}

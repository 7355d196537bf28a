using CommunityPlatform.Domain;
using CommunityPlatform.Errors;
using CommunityPlatform.PartyOrganization.Members;

namespace CommunityPlatform.PartyOrganization.Care;

/// <summary>结对帮扶: a member paired with a resident in need.</summary>
public sealed class Pairing : CommunityAggregate
{
    private Pairing()
    {
    }

    public Pairing(PartyMember member, Guid residentId, string need, DateOnly startedOn, DateOnly today)
    {
        if (member.ResidentId == residentId) throw new BusinessRuleException(PartyErrors.PairedWithSelf);
        if (startedOn > today) throw new BusinessRuleException(PartyErrors.DateInFuture);
        MemberId = member.Id;
        ResidentId = residentId;
        Need = need.Trim();
        StartedOn = startedOn;
    }

    public Guid MemberId { get; private set; }
    public Guid ResidentId { get; private set; }
    public string Need { get; private set; } = "";
    public DateOnly StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    public PairingVisit Visit(DateOnly on, string note, DateOnly today)
    {
        if (on < StartedOn) throw new BusinessRuleException(PartyErrors.VisitBeforePairing);
        if (on > today) throw new BusinessRuleException(PartyErrors.DateInFuture);
        return new PairingVisit(Id, on, note.Trim());
    }
}

public sealed class PairingVisit : CommunityAggregate
{
    private PairingVisit()
    {
    }

    public PairingVisit(Guid pairingId, DateOnly visitedOn, string note)
    {
        PairingId = pairingId;
        VisitedOn = visitedOn;
        Note = note;
    }

    public Guid PairingId { get; private set; }
    public DateOnly VisitedOn { get; private set; }
    public string Note { get; private set; } = "";
}

/// <summary>微心愿: posted by a resident, claimed by one member, then fulfilled.</summary>
public sealed class MicroWish : CommunityAggregate
{
    private MicroWish()
    {
    }

    public MicroWish(Guid residentId, string wish, DateOnly postedOn)
    {
        ResidentId = residentId;
        Wish = wish.Trim();
        PostedOn = postedOn;
    }

    public Guid ResidentId { get; private set; }
    public string Wish { get; private set; } = "";
    public DateOnly PostedOn { get; private set; }
    public WishState State { get; private set; }
    public Guid? MemberId { get; private set; }
    public DateOnly? ClaimedOn { get; private set; }
    public DateOnly? FulfilledOn { get; private set; }
    public string? Note { get; private set; }

    public void Claim(Guid memberId, DateOnly on, DateOnly today)
    {
        if (State != WishState.Posted) throw new BusinessRuleException(PartyErrors.WishNotOpen);
        if (on < PostedOn) throw new BusinessRuleException(PartyErrors.DateBeforeStart);
        if (on > today) throw new BusinessRuleException(PartyErrors.DateInFuture);
        State = WishState.Claimed;
        MemberId = memberId;
        ClaimedOn = on;
    }

    public void Fulfil(DateOnly on, string? note, DateOnly today)
    {
        if (State != WishState.Claimed) throw new BusinessRuleException(PartyErrors.WishNotClaimed);
        if (on < ClaimedOn) throw new BusinessRuleException(PartyErrors.DateBeforeStart);
        if (on > today) throw new BusinessRuleException(PartyErrors.DateInFuture);
        State = WishState.Fulfilled;
        FulfilledOn = on;
        Note = note?.Trim();
    }
}

/// <summary>民情代办: an errand a member runs for a resident.</summary>
public sealed class Errand : CommunityAggregate
{
    private Errand()
    {
    }

    public Errand(Guid residentId, Guid memberId, string matter, DateOnly acceptedOn)
    {
        ResidentId = residentId;
        MemberId = memberId;
        Matter = matter.Trim();
        AcceptedOn = acceptedOn;
    }

    public Guid ResidentId { get; private set; }
    public Guid MemberId { get; private set; }
    public string Matter { get; private set; } = "";
    public DateOnly AcceptedOn { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public string? Outcome { get; private set; }

    public void Done(DateOnly on, string outcome, DateOnly today)
    {
        if (DoneOn is not null) throw new BusinessRuleException(PartyErrors.ErrandDone);
        if (on < AcceptedOn) throw new BusinessRuleException(PartyErrors.DateBeforeStart);
        if (on > today) throw new BusinessRuleException(PartyErrors.DateInFuture);
        DoneOn = on;
        Outcome = outcome.Trim();
    }
}

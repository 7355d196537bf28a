using CommunityPlatform.Domain;
using CommunityPlatform.Errors;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.PartyOrganization.Pledges;

/// <summary>A public pledge (公开承诺) by a unit or by a member, and its fulfilment (践诺) as the branch assessed it.</summary>
public sealed class Pledge : CommunityAggregate, IBelongsToUnit
{
    private Pledge()
    {
    }

    public Pledge(Guid unitId, PartyMember? member, PledgeCategory category, string content, DateOnly madeOn, DateOnly dueOn)
    {
        Revise(unitId, member, category, content, madeOn, dueOn);
    }

    public Guid UnitId { get; private set; }
    public Guid? MemberId { get; private set; }

    /// <summary>The member's category when the pledge was made, so the rate by category does not shift when a member retires.</summary>
    public MemberCategory? MemberCategory { get; private set; }
    public PledgeCategory Category { get; private set; }
    public string Content { get; private set; } = "";
    public DateOnly MadeOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public PledgeState State { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? Evidence { get; private set; }
    public PledgeAssessment? Assessment { get; private set; }

    /// <param name="unitId">The pledging unit; a member's pledge belongs to the member's unit whatever is given.</param>
    public void Revise(Guid unitId, PartyMember? member, PledgeCategory category, string content, DateOnly madeOn, DateOnly dueOn)
    {
        if (State != PledgeState.Open) throw new BusinessRuleException(PartyErrors.PledgeClosed);
        if (dueOn < madeOn) throw new BusinessRuleException(PartyErrors.DueBeforeMade);
        if (member is not null && !Fits(category, member.Category))
            throw new BusinessRuleException(PartyErrors.PledgeCategoryNotForMember);
        if (member is null && category != PledgeCategory.ServiceProject)
            throw new BusinessRuleException(PartyErrors.PledgeCategoryNotForMember, Lang.T("党组织的承诺类别为为民办实事。", "An organisation pledges a service project."));
        MemberId = member?.Id;
        MemberCategory = member?.Category;
        UnitId = member?.UnitId ?? unitId;
        Category = category;
        Content = content.Trim();
        MadeOn = madeOn;
        DueOn = dueOn;
    }

    public void Close(bool fulfilled, DateOnly on, string? evidence, PledgeAssessment? assessment, DateOnly today)
    {
        if (State != PledgeState.Open) throw new BusinessRuleException(PartyErrors.PledgeClosed);
        if (on < MadeOn) throw new BusinessRuleException(PartyErrors.FulfilledBeforeMade);
        if (on > today) throw new BusinessRuleException(PartyErrors.DateInFuture);
        State = fulfilled ? PledgeState.Fulfilled : PledgeState.Unfulfilled;
        ClosedOn = on;
        Evidence = evidence?.Trim();
        Assessment = assessment;
    }

    /// <summary>The categories the reports name for each kind of member; community service is open to all.</summary>
    public static bool Fits(PledgeCategory pledge, MemberCategory member) => pledge switch
    {
        PledgeCategory.CommunityService => true,
        PledgeCategory.WorkplaceExcellence => member is PartyOrganization.MemberCategory.InService or PartyOrganization.MemberCategory.Mobile,
        PledgeCategory.PassingOnExperience or PledgeCategory.NeighbourlyHelp => member == PartyOrganization.MemberCategory.Retired,
        PledgeCategory.SelfReliance or PledgeCategory.SkillsUpgrade => member == PartyOrganization.MemberCategory.LaidOff,
        _ => false,
    };
}

using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.CultureTeams.Activities;

/// <summary>
/// A piece of information a publicity session gathered, sent to the grid as an event through the module's outbox
/// (<see cref="GridEventRequested"/>): only while the grid module is on in the community, else 422 <c>Culture.GridOff</c>.
/// </summary>
public sealed class GridReferrals(CultureTeamsDbContext db, ActivityService activities, IModuleSwitches switches, RequestContext scope) : IScopedService
{
    public async Task<GridReferralDto> SendAsync(Guid activityId, GridReferralRequest r, CancellationToken ct)
    {
        var activity = await activities.FindAsync(activityId, ct);
        if (activity.Kind != ActivityKind.Publicity) throw new BusinessRuleException(CultureErrors.OnlyPublicity);
        if (scope.CommunityId is not { } community || !switches.IsEnabled(community, GridManagementModuleName.Value)) throw new BusinessRuleException(CultureErrors.GridOff);

        var referral = new GridReferral(activity.Id, r.Title!.Trim());
        db.GridReferrals.Add(referral);
        db.Publish(new GridEventRequested(referral.Id, EventKind.Welfare, referral.Title, r.Description?.Trim(), r.Reporter?.Trim(), null, CultureTeamsModule.Name));
        await db.SaveChangesAsync(ct);
        return new GridReferralDto(referral.Id, referral.Title, true);
    }
}

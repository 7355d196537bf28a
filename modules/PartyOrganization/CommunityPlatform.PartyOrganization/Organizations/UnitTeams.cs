using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>
/// Who leads a unit: a branch's committee (书记, 副书记, 委员) or a group's leader (组长), each an active member of the
/// unit or a unit below it; and which grid a 网格党小组 serves.
/// </summary>
public sealed class UnitTeams(PartyDbContext db, PartyNames names, GridLinks grids) : IScopedService
{
    public async Task SeatAsync(Guid unitId, UnitTeamRequest request, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId, ct) ?? throw new NotFoundException(PartyErrors.UnitNotFound);
        db.ExpectStamp(unit, request.ConcurrencyStamp);
        var team = new List<TeamSeat>();
        if (request.SecretaryMemberId is { } secretary) team.Add(new TeamSeat(secretary, UnitPost.Secretary));
        team.AddRange((request.DeputySecretaryMemberIds ?? []).Select(id => new TeamSeat(id, UnitPost.DeputySecretary)));
        team.AddRange((request.CommitteeMemberIds ?? []).Select(id => new TeamSeat(id, UnitPost.CommitteeMember)));
        if (request.GroupLeaderMemberId is { } leader) team.Add(new TeamSeat(leader, UnitPost.GroupLeader));

        var ids = team.Select(s => s.MemberId).Distinct().ToList();
        var subtree = await names.SubtreeAsync(unit.Id, ct);
        var roll = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id) && subtree.Contains(m.UnitId) && m.State == MemberState.Active)
            .ToDictionaryAsync(m => m.Id, m => m.ResidentId, ct);
        if (team.FirstOrDefault(s => !roll.ContainsKey(s.MemberId)) is { } stranger)
            throw new InvalidInputException(PartyErrors.TeamMemberNotInUnit, Field(stranger.Post), PartyErrors.TeamMemberNotInUnit.Localized());
        unit.Seat(team, request.SecretaryMemberId is { } s ? roll[s] : null);
        await db.SaveChangesAsync(ct);
    }

    public async Task ServeAsync(Guid unitId, UnitGridRequest request, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId, ct) ?? throw new NotFoundException(PartyErrors.UnitNotFound);
        db.ExpectStamp(unit, request.ConcurrencyStamp);
        unit.Serve(request.GridId);
        await grids.CheckAsync(request.GridId, ct);
        await db.SaveChangesAsync(ct);
    }

    private static string Field(UnitPost post) => post switch
    {
        UnitPost.Secretary => "secretaryMemberId",
        UnitPost.DeputySecretary => "deputySecretaryMemberIds",
        UnitPost.CommitteeMember => "committeeMemberIds",
        _ => "groupLeaderMemberId",
    };
}

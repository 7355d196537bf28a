using CommunityPlatform.GridManagement;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Meetings;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Seeding;

/// <summary>
/// Who leads each demo unit, after the members and meetings are seeded: a branch's committee is the five who sat its
/// seeded 支委会 (the first its secretary, the second the deputy), a higher unit's is made of its branches' secretaries,
/// a group's leader is its longest-standing member; and each 网格党小组 serves the grid of the same number, when the
/// grid module is there and on. A step of its own, so the other demo seeders stay as they are.
/// </summary>
internal sealed class DemoTeamSeeder(PartyDbContext db, GridLinks grids) : ICommunitySeeder, IScopedService
{
    public int Order => 3;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is null) return;
        var units = await db.Units.ToListAsync(cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.State == MemberState.Active).OrderBy(m => m.JoinedOn).ThenBy(m => m.Id)
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        if (members.Count == 0) return;
        var committees = await db.Meetings.AsNoTracking().Where(m => m.Kind == MeetingKind.BranchCommittee).OrderByDescending(m => m.HeldOn)
            .ToListAsync(cancellationToken);

        var secretaries = new Dictionary<Guid, Guid>();
        foreach (var branch in units.Where(u => u.Kind == UnitKind.Branch))
        {
            var subtree = OrganizationUnit.Subtree(units, branch.Id);
            var sat = committees.FirstOrDefault(m => m.UnitId == branch.Id)?.Attendance.Select(a => a.MemberId).Where(members.ContainsKey) ?? [];
            var committee = sat.Concat(members.Values.Where(m => subtree.Contains(m.UnitId)).Select(m => m.Id)).Distinct().Take(5).ToList();
            if (committee.Count == 0) continue;
            Seat(branch, committee);
            secretaries[branch.Id] = committee[0];
        }

        foreach (var top in units.Where(u => u.Kind is UnitKind.Committee or UnitKind.GeneralBranch))
        {
            var below = OrganizationUnit.Subtree(units, top.Id);
            var committee = secretaries.Where(s => below.Contains(s.Key)).Select(s => s.Value).Distinct().Take(7).ToList();
            if (committee.Count > 0) Seat(top, committee);
        }

        var gridsOfGroups = (await grids.GridsAsync(cancellationToken)).Where(g => g.Level == GridLevel.BuildingGroup).ToList();
        foreach (var (group, index) in units.Where(u => u.Kind == UnitKind.Group).OrderBy(u => u.Name, CommunityPlatform.Application.NaturalOrder.Instance).Select((g, i) => (g, i)))
        {
            if (members.Values.FirstOrDefault(m => m.UnitId == group.Id) is { } leader)
                group.Seat([new TeamSeat(leader.Id, UnitPost.GroupLeader)], null);
            if (group.Name.Contains("网格") && index < gridsOfGroups.Count) group.Serve(gridsOfGroups[index].Id);
        }

        await db.SaveChangesAsync(cancellationToken);

        void Seat(OrganizationUnit unit, IReadOnlyList<Guid> committee)
        {
            var team = committee.Select((id, i) => new TeamSeat(id, i switch { 0 => UnitPost.Secretary, 1 => UnitPost.DeputySecretary, _ => UnitPost.CommitteeMember })).ToList();
            unit.Seat(team, members[committee[0]].ResidentId);
        }
    }
}

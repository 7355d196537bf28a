using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.CultureTeams.Venues;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Teams;

/// <summary>The community's teams with their leaders, schedules and home venues; state changes one step at a time.</summary>
public sealed class TeamService(CultureTeamsDbContext db, Registry registry, VenueService venues, TimeProvider clock) : IScopedService
{
    public async Task<Paged<TeamDto>> ListAsync(TeamQuery q, CancellationToken ct)
    {
        var query = db.Teams.AsNoTracking();
        if (q.Kind is { } kind) query = query.Where(t => t.Kind == kind);
        if (q.State is { } state) query = query.Where(t => t.State == state);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(t => t.Kind).ThenBy(t => t.Name).ThenBy(t => t.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<TeamDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<TeamDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<TeamDto> CreateAsync(TeamRequest r, CancellationToken ct)
    {
        var team = new Team(r.Name!.Trim(), r.Kind!.Value, r.Category!.Trim(), r.FoundedOn ?? clock.Today());
        await ApplyAsync(team, r, ct);
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return await GetAsync(team.Id, ct);
    }

    public async Task<TeamDto> UpdateAsync(Guid id, TeamRequest r, CancellationToken ct)
    {
        var team = await FindAsync(id, ct);
        db.ExpectStamp(team, r.ConcurrencyStamp);
        await ApplyAsync(team, r, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<TeamDto> StepAsync(Guid id, TeamStepRequest r, CancellationToken ct)
    {
        var team = await FindAsync(id, ct);
        db.ExpectStamp(team, r.ConcurrencyStamp);
        team.Apply(r.Action!.Value);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<IReadOnlyList<TeamMemberDto>> MembersAsync(Guid id, CancellationToken ct)
    {
        await FindAsync(id, ct);
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == id).OrderBy(m => m.JoinedOn).ThenBy(m => m.Id).ToListAsync(ct);
        var people = await registry.ResidentsAsync(members.Select(m => m.ResidentId), ct);
        return members.Select(m => ToDto(m, people)).ToList();
    }

    public async Task<TeamMemberDto> AddMemberAsync(Guid id, TeamMemberRequest r, CancellationToken ct)
    {
        var team = await FindAsync(id, ct);
        if (r.ResidentId is { } resident)
        {
            await registry.ResidentAsync(resident, "residentId", ct);
            if (await db.TeamMembers.AnyAsync(m => m.TeamId == id && m.ResidentId == resident, ct)) throw new ConflictException(CultureErrors.AlreadyMember);
        }
        else if (string.IsNullOrWhiteSpace(r.Name) || string.IsNullOrWhiteSpace(r.Phone))
            throw new InvalidInputException(CultureErrors.MemberNeedsName, "name", CultureErrors.MemberNeedsName.Localized());

        var member = new TeamMember(team.Id, r.ResidentId, r.Name?.Trim(), r.Phone?.Trim(), r.JoinedOn ?? clock.Today());
        db.TeamMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return ToDto(member, await registry.ResidentsAsync([member.ResidentId], ct));
    }

    public async Task RemoveMemberAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        var member = await db.TeamMembers.FirstOrDefaultAsync(m => m.TeamId == id && m.Id == memberId, ct) ?? throw new NotFoundException(CultureErrors.MemberNotFound);
        db.TeamMembers.Remove(member);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Team> FindAsync(Guid id, CancellationToken ct) =>
        await db.Teams.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException(CultureErrors.TeamNotFound);

    private async Task ApplyAsync(Team team, TeamRequest r, CancellationToken ct)
    {
        if (r.LeaderResidentId is { } leader) await registry.ResidentAsync(leader, "leaderResidentId", ct);
        if (r.VenueId is { } venue) await venues.ForFieldAsync(venue, "venueId", ct);
        team.Change(r.Name!.Trim(), r.Kind!.Value, r.Category!.Trim(), r.LeaderResidentId, r.VenueId, r.FoundedOn ?? team.FoundedOn, r.Note?.Trim());
        team.Schedule(r.Days ?? [], r.From, r.To);
    }

    private async Task<IReadOnlyList<TeamDto>> ToDtosAsync(IReadOnlyList<Team> teams, CancellationToken ct)
    {
        var ids = teams.Select(t => t.Id).ToList();
        var counts = await db.TeamMembers.AsNoTracking().Where(m => ids.Contains(m.TeamId)).GroupBy(m => m.TeamId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var venueIds = teams.Select(t => t.VenueId).OfType<Guid>().Distinct().ToList();
        var venueNames = await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        var leaders = await registry.ResidentsAsync(teams.Select(t => t.LeaderResidentId), ct);
        return teams.Select(t => new TeamDto(
            t.Id, t.Name, t.Kind, t.Category, t.State, t.LeaderResidentId, t.LeaderResidentId is { } l ? leaders.GetValueOrDefault(l)?.Name : null,
            new TeamSchedule(t.MeetingDays, t.From, t.To), Team.ScheduleText(t.MeetingDays, t.From, t.To),
            t.VenueId, t.VenueId is { } v ? venueNames.GetValueOrDefault(v) : null, counts.GetValueOrDefault(t.Id), t.FoundedOn, t.Note, t.ConcurrencyStamp)).ToList();
    }

    private static TeamMemberDto ToDto(TeamMember m, IReadOnlyDictionary<Guid, Residents.ResidentSummary> people) =>
        new(m.Id, m.ResidentId, m.ResidentId is { } r ? people.GetValueOrDefault(r)?.Name ?? "" : m.Name ?? "", m.Phone, m.ResidentId is null, m.JoinedOn);
}

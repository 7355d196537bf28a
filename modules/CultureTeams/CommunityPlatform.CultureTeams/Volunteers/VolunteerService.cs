using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.CultureTeams.Settings;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Volunteers;

/// <summary>
/// The community's volunteers with their confirmed hours and the stars those earn on the community's ladder; Party
/// membership is shown when the Party module is on (null otherwise).
/// </summary>
public sealed class VolunteerService(
    CultureTeamsDbContext db, Registry registry, SettingsService settings, PartyMembers partyMembers, TimeProvider clock) : IScopedService
{
    public async Task<Paged<VolunteerDto>> ListAsync(VolunteerQuery q, CancellationToken ct)
    {
        var query = db.Volunteers.AsNoTracking();
        if (q.TeamId is { } team) query = query.Where(v => v.TeamId == team);
        var all = await query.OrderBy(v => v.JoinedOn).ThenBy(v => v.Id).ToListAsync(ct);
        var minutes = await ConfirmedMinutesAsync(null, ct);
        var ladder = await settings.CurrentAsync(ct);
        var matching = q.Stars is { } stars ? all.Where(v => ladder.StarsFor(minutes.GetValueOrDefault(v.Id)) == stars).ToList() : all;
        return new Paged<VolunteerDto>(await ToDtosAsync(matching.Skip(q.Skip).Take(q.PageSize).ToList(), minutes, ct), matching.Count);
    }

    public async Task<VolunteerDto> GetAsync(Guid id, CancellationToken ct)
    {
        var volunteer = await FindAsync(id, ct);
        return (await ToDtosAsync([volunteer], await ConfirmedMinutesAsync(id, ct), ct))[0];
    }

    public async Task<VolunteerDto> CreateAsync(VolunteerRequest r, CancellationToken ct)
    {
        await registry.ResidentAsync(r.ResidentId!.Value, "residentId", ct);
        await CheckTeamAsync(r.TeamId, ct);
        if (await db.Volunteers.AnyAsync(v => v.ResidentId == r.ResidentId, ct)) throw new ConflictException(CultureErrors.AlreadyVolunteer);
        var volunteer = new Volunteer(r.ResidentId!.Value, r.VolunteerNumber?.Trim(), r.TeamId, r.JoinedOn ?? clock.Today());
        db.Volunteers.Add(volunteer);
        await db.SaveUniqueAsync(CultureErrors.AlreadyVolunteer, ct);
        return await GetAsync(volunteer.Id, ct);
    }

    public async Task<VolunteerDto> UpdateAsync(Guid id, VolunteerRequest r, CancellationToken ct)
    {
        var volunteer = await FindAsync(id, ct);
        db.ExpectStamp(volunteer, r.ConcurrencyStamp);
        await CheckTeamAsync(r.TeamId, ct);
        volunteer.Change(r.VolunteerNumber?.Trim(), r.TeamId, r.JoinedOn ?? volunteer.JoinedOn);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<Volunteer> FindAsync(Guid id, CancellationToken ct) =>
        await db.Volunteers.FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException(CultureErrors.VolunteerNotFound);

    /// <summary>Confirmed minutes per volunteer (reversals included, so a reversed record counts nothing).</summary>
    public async Task<Dictionary<Guid, int>> ConfirmedMinutesAsync(Guid? volunteerId, CancellationToken ct)
    {
        var confirmed = db.ServiceRecords.AsNoTracking().Where(r => r.State == ServiceState.Confirmed);
        if (volunteerId is { } id) confirmed = confirmed.Where(r => r.VolunteerId == id);
        return await confirmed.GroupBy(r => r.VolunteerId).Select(g => new { g.Key, Minutes = g.Sum(r => r.Minutes) }).ToDictionaryAsync(g => g.Key, g => g.Minutes, ct);
    }

    public async Task<IReadOnlyList<VolunteerDto>> ToDtosAsync(IReadOnlyList<Volunteer> volunteers, IReadOnlyDictionary<Guid, int> minutes, CancellationToken ct)
    {
        var ladder = await settings.CurrentAsync(ct);
        var people = await registry.ResidentsAsync(volunteers.Select(v => (Guid?)v.ResidentId), ct);
        var teamIds = volunteers.Select(v => v.TeamId).OfType<Guid>().Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var party = await partyMembers.AmongAsync(volunteers.Select(v => v.ResidentId).ToList(), ct);
        return volunteers.Select(v =>
        {
            var m = minutes.GetValueOrDefault(v.Id);
            return new VolunteerDto(v.Id, v.ResidentId, people.GetValueOrDefault(v.ResidentId)?.Name ?? "", v.VolunteerNumber, v.TeamId,
                v.TeamId is { } t ? teams.GetValueOrDefault(t) : null, party?.Contains(v.ResidentId), v.JoinedOn, Hours(m), ladder.StarsFor(m), v.ConcurrencyStamp);
        }).ToList();
    }

    public static decimal Hours(long minutes) => Math.Round(minutes / 60m, 1, MidpointRounding.AwayFromZero);

    private async Task CheckTeamAsync(Guid? teamId, CancellationToken ct)
    {
        if (teamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team, ct))
            throw new InvalidInputException(CultureErrors.TeamNotFound, "teamId", CultureErrors.TeamNotFound.Localized());
    }
}

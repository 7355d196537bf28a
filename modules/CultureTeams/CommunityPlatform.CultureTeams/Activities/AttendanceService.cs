using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Activities;

/// <summary>
/// Who came: residents by id (checked in by QR code, called by the leader, entered by staff, or signed up ahead) and
/// guests by name and phone. Each person counts once per activity; the activity's attendance follows.
/// </summary>
public sealed class AttendanceService(CultureTeamsDbContext db, Registry registry, ActivityService activities, TimeProvider clock) : IScopedService
{
    public async Task<IReadOnlyList<ActivityAttendanceDto>> ListAsync(Guid activityId, CancellationToken ct)
    {
        await activities.FindAsync(activityId, ct);
        var rows = await db.Attendances.AsNoTracking().Where(a => a.ActivityId == activityId).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(ct);
        var people = await registry.ResidentsAsync(rows.Select(a => a.ResidentId), ct);
        return rows.Select(a => ToDto(a, people)).ToList();
    }

    public async Task<ActivityAttendanceDto> AddAsync(Guid activityId, ActivityAttendanceRequest r, CancellationToken ct)
    {
        var activity = await activities.FindAsync(activityId, ct);
        if (r.ResidentId is { } resident) await registry.ResidentAsync(resident, "residentId", ct);
        else if (string.IsNullOrWhiteSpace(r.Name))
            throw new InvalidInputException(CultureErrors.MemberNeedsName, "name", CultureErrors.MemberNeedsName.Localized());
        return await RecordAsync(activity, r.ResidentId, r.Name?.Trim(), r.Phone?.Trim(), r.Way ?? CheckInWay.Staff, ct);
    }

    /// <summary>Records one person at the activity and recounts it, in one save.</summary>
    public async Task<ActivityAttendanceDto> RecordAsync(Activity activity, Guid? residentId, string? name, string? phone, CheckInWay way, CancellationToken ct)
    {
        if (!activity.TakesAttendance) throw new BusinessRuleException(CultureErrors.AttendanceClosed);
        var already = residentId is { } id
            ? await db.Attendances.AnyAsync(a => a.ActivityId == activity.Id && a.ResidentId == id, ct)
            : await db.Attendances.AnyAsync(a => a.ActivityId == activity.Id && a.ResidentId == null && a.Name == name && a.Phone == phone, ct);
        if (already) throw new ConflictException(CultureErrors.AlreadyCheckedIn);
        var named = await db.Attendances.CountAsync(a => a.ActivityId == activity.Id, ct);
        if (way == CheckInWay.SignUp && activity.Capacity is { } capacity && named >= capacity) throw new BusinessRuleException(CultureErrors.FullyBooked);

        var row = new Attendance(activity.Id, residentId, residentId is null ? name : null, residentId is null ? phone : null, way, clock.GetUtcNow().UtcDateTime);
        db.Attendances.Add(row);
        // The activity's row changes with every check-in, so two check-ins at once cannot both count from the same number.
        activity.Attended(named + 1);
        await db.SaveChangesAsync(ct);
        return ToDto(row, await registry.ResidentsAsync([residentId], ct));
    }

    private static ActivityAttendanceDto ToDto(Attendance a, IReadOnlyDictionary<Guid, Residents.ResidentSummary> people) =>
        new(a.Id, a.ResidentId, a.ResidentId is { } r ? people.GetValueOrDefault(r)?.Name ?? "" : a.Name ?? "", a.Phone, a.Way, a.Guest, a.At);
}

using CommunityPlatform.Application;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Rhythm;

/// <summary>The monthly joint meetings (一月一会); a decision naming a grid becomes that grid's event in the same save.</summary>
public sealed class MeetingService(GridDbContext db, EventService events) : IScopedService
{
    public async Task<IReadOnlyList<JointMeetingDto>> ListAsync(CancellationToken ct) =>
        (await db.Meetings.AsNoTracking().OrderByDescending(m => m.HeldOn).Take(100).ToListAsync(ct)).Select(ToDto).ToList();

    /// <summary>A page of the meetings, newest first, for the console's list.</summary>
    public async Task<Paged<JointMeetingDto>> PageAsync(PageQuery q, CancellationToken ct) =>
        new((await db.Meetings.AsNoTracking().OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct)).Select(ToDto).ToList(),
            await db.Meetings.CountAsync(ct));

    public async Task<JointMeetingDto> RecordAsync(JointMeetingRequest request, CancellationToken ct)
    {
        var meeting = new JointMeeting(request.HeldOn!.Value, request.Topic!, request.Attendees, request.Minutes!);
        var decisions = request.Decisions ?? [];
        var gridIds = decisions.Where(d => d.GridId is not null).Select(d => d.GridId!.Value).Distinct().ToList();
        var known = await db.Grids.AsNoTracking().Where(g => gridIds.Contains(g.Id)).Select(g => g.Id).ToListAsync(ct);
        if (known.Count != gridIds.Count) throw new InvalidInputException(GridErrors.GridNotFound, "decisions", Lang.T("决定事项指定的网格不在本社区。", "A decision names a grid that is not in this community."));
        foreach (var decision in decisions)
        {
            var raised = decision.GridId is { } grid
                ? events.Open(grid, EventSource.Meeting, decision.Kind, decision.Text!, request.Topic, null, decision.Kind == EventKind.Dispute ? request.Attendees ?? request.Topic : null)
                : null;
            meeting.Decide(decision.Text!, decision.GridId, raised?.Id);
        }

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return ToDto(meeting);
    }

    private static JointMeetingDto ToDto(JointMeeting m) =>
        new(m.Id, m.HeldOn, m.Topic, m.Attendees, m.Minutes, m.Decisions.Select(d => new DecisionDto(d.Text, d.GridId, d.EventId)).ToList());
}

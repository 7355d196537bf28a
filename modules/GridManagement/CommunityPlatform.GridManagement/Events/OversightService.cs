using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>
/// The street's and the city's side of the event pipeline: the inbox of events waiting for the account's level across
/// the communities it oversees (gathered by the kernel's <see cref="CommunitySweep"/>, one community at a time in its own
/// scope), and the answers, taken in the request's community like any other change of its data.
/// </summary>
public sealed class OversightService(GridDbContext db, EventService events, CommunitySweep sweep, RequestContext current, Actors actors, TimeProvider clock)
    : IScopedService
{
    /// <summary>The level the signed-in account answers for: a street account the street, a city account the city.</summary>
    public OversightLevel Level => current.Access?.Kind switch
    {
        AccountKind.Street => OversightLevel.Street,
        AccountKind.City => OversightLevel.City,
        _ => throw new ForbiddenException(GridErrors.StreetOrCityOnly),
    };

    public async Task<Paged<InboxEventDto>> InboxAsync(PageQuery q, CancellationToken ct)
    {
        var level = Level;
        var reach = level == OversightLevel.City ? ReportScope.City : ReportScope.Street;
        var pieces = await sweep.RunAsync<OversightService, IReadOnlyList<InboxEventDto>>(reach, GridManagementModule.Name, (s, c) => s.WaitingHereAsync(level, c), ct);
        // Oldest arrival first: what has waited longest is answered first.
        var all = pieces.SelectMany(p => p).OrderBy(e => e.EscalatedAt).ThenBy(e => e.CommunityCode, StringComparer.Ordinal).ToList();
        return new Paged<InboxEventDto>(all.Skip(q.Skip).Take(q.PageSize).ToList(), all.Count);
    }

    /// <summary>The request's community's events waiting for <paramref name="level"/> (one piece of the inbox).</summary>
    public async Task<IReadOnlyList<InboxEventDto>> WaitingHereAsync(OversightLevel level, CancellationToken ct)
    {
        var community = current.Community!;
        var state = level == OversightLevel.City ? EventState.EscalatedToCity : EventState.Escalated;
        var waiting = await db.Events.AsNoTracking().Where(e => e.State == state).ToListAsync(ct);
        var dtos = await events.ToDtosAsync(waiting, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return waiting.Zip(dtos, (ev, dto) =>
        {
            var episode = Escalations.Waiting(ev) ?? new Escalations.Episode(level, ev.ReportedAt, null);
            return new InboxEventDto(community.Id, community.Code, community.Name, level, episode.ReachedAt, episode.Due,
                episode.AnsweredAt is not null, episode.AnsweredAt is null && now > episode.Due, dto);
        }).ToList();
    }

    /// <summary>The street's or city's answer to one event of the request's community (chosen with <c>X-Community</c>).</summary>
    public async Task<GridEventDto> AnswerAsync(Guid id, OversightStepRequest request, CancellationToken ct)
    {
        var level = Level;
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException(GridErrors.EventNotFound);
        db.ExpectStamp(ev, request.ConcurrencyStamp);
        var now = clock.GetUtcNow().UtcDateTime;
        ev.Oversee(level, request.Action!.Value, await actors.CurrentAsync(ct), now, request.Note, request.Deadline?.ToUniversalTime(), request.Outcome, request.Level);
        // A street's or city's conclusion closes the event as the community's closing does: the requesting module hears it.
        if (request.Action == EventAction.Conclude && ev.RequestId is { } requested)
            db.Publish(new GridEventClosed(ev.Id, requested, ev.Satisfaction, ev.Outcome, request.Note, now));
        await db.SaveChangesAsync(ct);
        return await events.GetAsync(id, ct);
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.EmploymentHelp.Settings;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Posts;

/// <summary>Public-benefit and trainee posts: the term is capped by the city's rule, and a post ending soon is flagged.</summary>
public sealed class PostService(EmploymentHelpDbContext db, Registry registry, SettingsService settings, TimeProvider clock) : IScopedService
{
    public async Task<Paged<PostDto>> ListAsync(PageQuery q, CancellationToken ct)
    {
        var query = db.Posts.AsNoTracking();
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(p => p.EndsOn).ThenBy(p => p.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<PostDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<IReadOnlyList<PostDto>> AllAsync(CancellationToken ct) =>
        await ToDtosAsync(await db.Posts.AsNoTracking().OrderBy(p => p.EndsOn).ThenBy(p => p.Id).ToListAsync(ct), ct);

    public async Task<PostDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct)).Single();

    public async Task<PostDto> CreateAsync(PostRequest r, CancellationToken ct)
    {
        var building = await CheckAsync(r, ct);
        var post = new Post(r.Kind, r.Title!.Trim(), r.HolderResidentId, r.StartsOn!.Value, r.EndsOn!.Value, r.MonthlySubsidyFen);
        post.Locate(building);
        db.Posts.Add(post);
        await db.SaveChangesAsync(ct);
        return await GetAsync(post.Id, ct);
    }

    public async Task<PostDto> UpdateAsync(Guid id, PostRequest r, CancellationToken ct)
    {
        var post = await FindAsync(id, ct);
        db.ExpectStamp(post, r.ConcurrencyStamp);
        post.Locate(await CheckAsync(r, ct));
        post.Change(r.Kind, r.Title!.Trim(), r.HolderResidentId, r.StartsOn!.Value, r.EndsOn!.Value, r.MonthlySubsidyFen);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <returns>The holder's building.</returns>
    private async Task<Guid?> CheckAsync(PostRequest r, CancellationToken ct)
    {
        var building = r.HolderResidentId is { } holder ? (await registry.ResidentAsync(holder, "holderResidentId", ct)).BuildingId : null;
        if (r.StartsOn is { Year: < 2000 or > 2100 }) throw new InvalidInputException(PlatformErrors.InvalidRequest, "startsOn", Language.T("日期须在2000年至2100年之间。", "Give a day between 2000 and 2100."));
        if (r.EndsOn < r.StartsOn) throw new InvalidInputException(EmploymentErrors.DateBeforeStart, "endsOn", EmploymentErrors.DateBeforeStart.Localized());
        var months = (await settings.CurrentAsync(ct)).PostTermMonths;
        if (r.EndsOn > r.StartsOn!.Value.AddMonths(months))
            throw new InvalidInputException(EmploymentErrors.TermTooLong, "endsOn", EmploymentErrors.TermTooLong.Localized());
        return building;
    }

    private async Task<Post> FindAsync(Guid id, CancellationToken ct) =>
        await db.Posts.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(EmploymentErrors.NotFound);

    private async Task<IReadOnlyList<PostDto>> ToDtosAsync(IReadOnlyList<Post> items, CancellationToken ct)
    {
        var names = await registry.NamesAsync(items.Where(p => p.HolderResidentId is not null).Select(p => p.HolderResidentId!.Value), ct);
        var today = clock.Today();
        var alert = (await settings.CurrentAsync(ct)).PostEndAlertDays;
        return items.Select(p => new PostDto(p.Id, p.Kind, p.Title, p.HolderResidentId, p.HolderResidentId is { } h ? names.GetValueOrDefault(h) : null,
            p.StartsOn, p.EndsOn, p.MonthlySubsidyFen, p.EndsOn >= today && p.EndsOn <= today.AddDays(alert), p.ConcurrencyStamp)).ToList();
    }
}

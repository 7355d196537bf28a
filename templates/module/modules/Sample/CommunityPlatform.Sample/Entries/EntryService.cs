using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Sample.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Sample.Entries;

/// <summary>The entries of the request's community: listed newest first, read, added and changed.</summary>
public sealed class EntryService(SampleDbContext db) : IScopedService
{
    public static readonly ErrorCode NotFound = new("Sample.EntryNotFound", "记录不存在", "No such entry");

    public async Task<Paged<EntryDto>> ListAsync(PageQuery page, CancellationToken ct)
    {
        var query = db.Entries.AsNoTracking();
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new Paged<EntryDto>(items.Select(ToDto).ToList(), total);
    }

    public async Task<EntryDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct));

    public async Task<EntryDto> CreateAsync(EntryRequest request, CancellationToken ct)
    {
        var entry = new Entry(request.Title!.Trim(), request.Note?.Trim());
        db.Entries.Add(entry);
        await db.SaveChangesAsync(ct);
        return ToDto(entry);
    }

    public async Task<EntryDto> UpdateAsync(Guid id, EntryRequest request, CancellationToken ct)
    {
        var entry = await FindAsync(id, ct);
        db.ExpectStamp(entry, request.ConcurrencyStamp);
        entry.Change(request.Title!.Trim(), request.Note?.Trim());
        await db.SaveChangesAsync(ct);
        return ToDto(entry);
    }

    private async Task<Entry> FindAsync(Guid id, CancellationToken ct) =>
        await db.Entries.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException(NotFound);

    private static EntryDto ToDto(Entry e) => new(e.Id, e.Title, e.Note, e.CreatedAt, e.ConcurrencyStamp);
}

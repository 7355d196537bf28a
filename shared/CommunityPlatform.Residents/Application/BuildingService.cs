using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Application;

public sealed class BuildingService(ResidentsDbContext db) : IScopedService
{
    public async Task<IReadOnlyList<BuildingDto>> ListAsync(CancellationToken ct)
    {
        var rows = await db.Buildings.AsNoTracking()
            .Select(b => new { b, Households = db.Households.Count(h => h.BuildingId == b.Id) })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.b.Number, NaturalOrder.Instance)
            .Select(r => ToDto(r.b, r.Households)).ToList();
    }

    public async Task<BuildingDto> GetAsync(Guid id, CancellationToken ct)
    {
        var building = await FindAsync(id, ct);
        return ToDto(building, await db.Households.CountAsync(h => h.BuildingId == id, ct));
    }

    public async Task<BuildingDto> CreateAsync(BuildingRequest request, CancellationToken ct)
    {
        await EnsureNumberFreeAsync(request.Number!.Trim(), null, ct);
        var building = new Building(request.Number!, request.Name, request.Units, request.Floors);
        db.Buildings.Add(building);
        await db.SaveChangesAsync(ct);
        return ToDto(building, 0);
    }

    public async Task<BuildingDto> UpdateAsync(Guid id, BuildingRequest request, CancellationToken ct)
    {
        var building = await FindAsync(id, ct);
        db.ExpectStamp(building, request.ConcurrencyStamp);
        await EnsureNumberFreeAsync(request.Number!.Trim(), id, ct);
        building.Update(request.Number!, request.Name, request.Units, request.Floors);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    // Unique in the whole community, past a narrowed account's buildings: the community and soft delete spelled out.
    private async Task EnsureNumberFreeAsync(string number, Guid? except, CancellationToken ct)
    {
        var community = db.Scope.CommunityId;
        if (await db.Buildings.IgnoreQueryFilters().AnyAsync(b => b.CommunityId == community && !b.IsDeleted && b.Number == number && b.Id != except, ct))
            throw new ConflictException(ResidentsErrors.BuildingNumberTaken);
    }

    private async Task<Building> FindAsync(Guid id, CancellationToken ct) =>
        await db.Buildings.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException(ResidentsErrors.BuildingNotFound);

    private static BuildingDto ToDto(Building b, int households) => new(b.Id, b.Number, b.Name, b.Units, b.Floors, households, b.ConcurrencyStamp);
}

using CommunityPlatform.Application;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Application;

/// <summary>The registry as other modules read it, within the current community.</summary>
internal sealed class ResidentDirectory(ResidentsDbContext db) : IResidentDirectory, IScopedService
{
    public async Task<IReadOnlyList<ResidentSummary>> GetManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return [];
        var residents = await db.Residents.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToListAsync(cancellationToken);
        return residents.Select(ResidentMapper.ToSummary).ToList();
    }

    public async Task<IReadOnlyList<ResidentSummary>> FindByNameAsync(string namePrefix, int take, CancellationToken cancellationToken)
    {
        var prefix = namePrefix.Trim();
        if (prefix.Length == 0) return [];
        var query = db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Living);
        query = query.WhereNameStartsWith(prefix, db.Database);
        var residents = await query.OrderBy(r => r.Name).Take(Math.Clamp(take, 1, 100)).ToListAsync(cancellationToken);
        return residents.Select(ResidentMapper.ToSummary).ToList();
    }

    public async Task<IReadOnlyList<ResidentSummary>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var residents = await db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Living)
            .OrderBy(r => r.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
        return residents.Select(ResidentMapper.ToSummary).ToList();
    }

    public async Task<IReadOnlyList<BuildingSummary>> GetBuildingsAsync(IEnumerable<Guid>? ids, CancellationToken cancellationToken)
    {
        var query = db.Buildings.AsNoTracking();
        if (ids is not null)
        {
            var wanted = ids.Distinct().ToList();
            query = query.Where(b => wanted.Contains(b.Id));
        }

        var buildings = await query.Select(b => new { b.Id, b.Number, b.Name, Households = db.Households.Count(h => h.BuildingId == b.Id) })
            .ToListAsync(cancellationToken);
        return buildings.Select(b => new BuildingSummary(b.Id, b.Number, b.Name, b.Households))
            .OrderBy(b => b.Number, NaturalOrder.Instance).ToList();
    }

    public async Task<IReadOnlyList<HouseholdSummary>> GetHouseholdsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return [];
        var households = await db.Households.AsNoTracking().Where(h => wanted.Contains(h.Id)).ToListAsync(cancellationToken);
        return households.Select(h => new HouseholdSummary(h.Id, h.BuildingId, h.Address, h.Dwelling, TagBitsOf.Read<HouseholdTag>(h.TagBits))).ToList();
    }
}

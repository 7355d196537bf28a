using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Application;

/// <summary>The registry as other modules read it: by id, within the current community.</summary>
internal sealed class ResidentDirectory(ResidentsDbContext db) : IResidentDirectory, IScopedService
{
    public async Task<IReadOnlyList<ResidentSummary>> GetManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToListAsync(cancellationToken);
        return residents.Select(ResidentMapper.ToSummary).ToList();
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.Communities.Data;
using CommunityPlatform.Communities.Domain;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Communities.Application;

/// <summary>Districts and streets: the geography communities hang from.</summary>
public sealed class StreetService(CommunitiesDbContext db, RequestContext current) : IScopedService
{
    public async Task<IReadOnlyList<StreetDto>> ListAsync(Guid? districtId, CancellationToken ct)
    {
        var access = current.Access!;
        var streets = db.Streets.AsQueryable();
        if (access.Kind != AccountKind.City)
        {
            var visible = await db.Communities.Where(c => access.Communities.Contains(c.Id)).Select(c => c.StreetId).Distinct().ToListAsync(ct);
            streets = streets.Where(s => visible.Contains(s.Id) || s.Id == access.StreetId);
        }

        if (districtId is { } district) streets = streets.Where(s => s.DistrictId == district);
        var rows = await streets.OrderBy(s => s.Code)
            .Join(db.Districts, s => s.DistrictId, d => d.Id, (s, d) => new { s, District = d.Name })
            .Select(r => new { r.s, r.District, Communities = db.Communities.Count(c => c.StreetId == r.s.Id) })
            .ToListAsync(ct);
        return rows.Select(r => new StreetDto(r.s.Id, r.s.Code, r.s.Name, r.s.DistrictId, r.District, r.Communities, r.s.ConcurrencyStamp)).ToList();
    }

    public async Task<StreetDto> CreateAsync(CreateStreetRequest request, CancellationToken ct)
    {
        var district = await db.Districts.FirstOrDefaultAsync(d => d.Id == request.DistrictId, ct)
            ?? throw new InvalidInputException(CommunitiesErrors.DistrictNotFound, "districtId", CommunitiesErrors.DistrictNotFound.Localized());
        if (await db.Streets.AnyAsync(s => s.Code == request.Code, ct))
            throw new ConflictException(CommunitiesErrors.StreetCodeTaken, Language.T("代码已被使用", $"'{request.Code}' is taken."));
        var street = new Street(request.Code!, request.Name!.Trim(), district.Id);
        db.Streets.Add(street);
        await db.SaveChangesAsync(ct);
        return new StreetDto(street.Id, street.Code, street.Name, district.Id, district.Name, 0, street.ConcurrencyStamp);
    }

    public async Task<IReadOnlyList<DistrictDto>> ListDistrictsAsync(CancellationToken ct) =>
        await db.Districts.OrderBy(d => d.Code).Select(d => new DistrictDto(d.Id, d.Code, d.Name)).ToListAsync(ct);

    public async Task<DistrictDto> CreateDistrictAsync(CreateDistrictRequest request, CancellationToken ct)
    {
        if (await db.Districts.AnyAsync(d => d.Code == request.Code, ct))
            throw new ConflictException(CommunitiesErrors.DistrictCodeTaken, Language.T("代码已被使用", $"'{request.Code}' is taken."));
        var district = new District(request.Code!, request.Name!.Trim());
        db.Districts.Add(district);
        await db.SaveChangesAsync(ct);
        return new DistrictDto(district.Id, district.Code, district.Name);
    }
}

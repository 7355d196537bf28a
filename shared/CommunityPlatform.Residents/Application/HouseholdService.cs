using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Application;

public sealed class HouseholdService(ResidentsDbContext db, CommunityPlatform.Tenancy.RequestContext current) : IScopedService
{
    public async Task<Paged<HouseholdDto>> SearchAsync(HouseholdQuery q, CancellationToken ct)
    {
        var query = db.Households.AsNoTracking();
        if (q.BuildingId is { } building) query = query.Where(h => h.BuildingId == building);
        if (!string.IsNullOrWhiteSpace(q.Address)) query = query.Where(h => h.Address.Contains(q.Address.Trim()));
        if (!SensitiveCategories.MaySearchBy(current, q.Tag))
            throw new ForbiddenException(PlatformErrors.PermissionDenied, Language.T("街道和市级账号只能看到敏感类别的人数，看不到名单。", "Street and city accounts see sensitive categories as counts, not by name."));
        if (q.Tag is { } tag)
        {
            var bit = TagBitsOf.Bit(tag);
            query = query.Where(h => (h.TagBits & bit) != 0);
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(h => h.Address).ThenBy(h => h.Dwelling).ThenBy(h => h.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<HouseholdDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<HouseholdDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<HouseholdDto> CreateAsync(HouseholdRequest request, CancellationToken ct)
    {
        await EnsureBuildingAsync(request.BuildingId, ct);
        var household = new Household(request.BuildingId, request.Address!, request.Dwelling, request.Tenure, request.Tags ?? []);
        db.Households.Add(household);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([household], ct))[0];
    }

    public async Task<HouseholdDto> UpdateAsync(Guid id, HouseholdRequest request, CancellationToken ct)
    {
        var household = await FindAsync(id, ct);
        db.ExpectStamp(household, request.ConcurrencyStamp);
        await EnsureBuildingAsync(request.BuildingId, ct);
        var buildingChanged = household.BuildingId != request.BuildingId;
        household.Update(request.BuildingId, request.Address!, request.Dwelling, request.Tenure, request.Tags ?? []);
        await db.SaveChangesAsync(ct);
        if (buildingChanged)
            // Residents carry their household's building for fast search: keep the copy true.
            await db.Residents.Where(r => r.HouseholdId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.BuildingId, request.BuildingId), ct);
        return (await ToDtosAsync([household], ct))[0];
    }

    /// <summary>The living members of a household, for choosing its head.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, bool IsHead)>> MembersAsync(Guid household, CancellationToken ct) =>
        (await db.Residents.AsNoTracking().Where(r => r.HouseholdId == household && r.Status == ResidentStatus.Living)
            .OrderBy(r => r.Name).Select(r => new { r.Id, r.Name, r.RelationToHead }).ToListAsync(ct))
        .Select(r => (r.Id, r.Name, r.RelationToHead == RelationToHead.Head)).ToList();

    /// <summary>One householder per household: the one chosen becomes head, a former head steps down.</summary>
    public async Task SetHeadAsync(Guid household, Guid? head, CancellationToken ct)
    {
        var members = await db.Residents.Where(r => r.HouseholdId == household && r.Status == ResidentStatus.Living).ToListAsync(ct);
        if (head is { } chosen && members.All(m => m.Id != chosen))
            throw new InvalidInputException(ResidentsErrors.ResidentNotFound, "headId", ResidentsErrors.ResidentNotFound.Localized());
        foreach (var member in members) member.SetHead(member.Id == head);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Every household the account may see, for a form's household field: building, dwelling and householder, in the
    /// order people count them (1号楼 before 2号楼 before 10号楼, 1单元101 before 1单元1001).
    /// </summary>
    public async Task<IReadOnlyList<HouseholdChoice>> ChoicesAsync(CancellationToken ct)
    {
        var households = await db.Households.AsNoTracking().Select(h => new { h.Id, h.BuildingId, h.Address, h.Dwelling }).ToListAsync(ct);
        var numbers = await db.Buildings.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Number, ct);
        var heads = await HeadsAsync(households.Select(h => h.Id).ToList(), ct);
        return households
            .Select(h => new HouseholdChoice(h.Id, h.BuildingId is { } b ? numbers.GetValueOrDefault(b) : null, h.Dwelling ?? h.Address, heads.GetValueOrDefault(h.Id)))
            .OrderBy(h => h.Building ?? "", NaturalOrder.Instance).ThenBy(h => h.Dwelling, NaturalOrder.Instance).ToList();
    }

    /// <summary>The householder (户主) of each household that has one living, by household.</summary>
    public async Task<Dictionary<Guid, string>> HeadsAsync(IReadOnlyCollection<Guid> households, CancellationToken ct)
    {
        var heads = await db.Residents.AsNoTracking()
            .Where(r => r.RelationToHead == RelationToHead.Head && r.Status == ResidentStatus.Living && r.HouseholdId != null)
            .Select(r => new { Household = r.HouseholdId!.Value, r.Name }).ToListAsync(ct);
        var wanted = households.ToHashSet();
        return heads.Where(h => wanted.Contains(h.Household)).GroupBy(h => h.Household).ToDictionary(g => g.Key, g => g.First().Name);
    }

    private async Task EnsureBuildingAsync(Guid? buildingId, CancellationToken ct)
    {
        if (buildingId is { } id && !await db.Buildings.AnyAsync(b => b.Id == id, ct))
            throw new InvalidInputException(ResidentsErrors.BuildingNotFound, "buildingId", ResidentsErrors.BuildingNotFound.Localized());
    }

    private async Task<Household> FindAsync(Guid id, CancellationToken ct) =>
        await db.Households.FirstOrDefaultAsync(h => h.Id == id, ct) ?? throw new NotFoundException(ResidentsErrors.HouseholdNotFound);

    private async Task<IReadOnlyList<HouseholdDto>> ToDtosAsync(IReadOnlyList<Household> households, CancellationToken ct)
    {
        var ids = households.Select(h => h.Id).ToList();
        var buildingIds = households.Where(h => h.BuildingId is not null).Select(h => h.BuildingId!.Value).Distinct().ToList();
        var members = await db.Residents.Where(r => r.HouseholdId != null && ids.Contains(r.HouseholdId.Value) && r.Status == ResidentStatus.Living)
            .GroupBy(r => r.HouseholdId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var numbers = await db.Buildings.Where(b => buildingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Number, ct);
        return households.Select(h => new HouseholdDto(
            h.Id, h.BuildingId, h.BuildingId is { } b ? numbers.GetValueOrDefault(b) : null, h.Address, h.Dwelling, h.Tenure, SensitiveCategories.ShownTo(current, h.Tags),
            members.GetValueOrDefault(h.Id), h.ConcurrencyStamp)).ToList();
    }
}

/// <summary>A household as a form offers it: 3号楼 · 1单元101 · 户主 张三.</summary>
public sealed record HouseholdChoice(Guid Id, string? Building, string Dwelling, string? Head)
{
    public string Label => string.Join(" · ", new[]
    {
        Building is null ? null : Web.Console.Lang.T($"{Building}号楼", $"Building {Building}"),
        Dwelling,
        Head is null ? null : Web.Console.Lang.T($"户主 {Head}", $"head {Head}"),
    }.OfType<string>());
}

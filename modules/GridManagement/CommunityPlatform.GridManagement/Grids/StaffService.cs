using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.Identity;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// The people of a grid: the posts assigned here, and the Party-building liaisons of its buildings as the Party
/// module last told (read-only, absent while that module has said nothing).
/// </summary>
public sealed class StaffService(GridDbContext db, GridService grids, IResidentDirectory registry, IAccountDirectory accounts, RequestContext scope) : IScopedService
{
    public async Task<IReadOnlyList<GridStaffDto>> ListAsync(Guid gridId, CancellationToken ct)
    {
        var grid = await grids.FindAsync(gridId, ct, tracked: false);
        var posts = await db.Staff.AsNoTracking().Where(s => s.GridId == gridId).ToListAsync(ct);
        var buildingIds = grid.BuildingIds.ToList();
        var liaisons = buildingIds.Count == 0 ? [] : await db.Liaisons.AsNoTracking().Where(l => buildingIds.Contains(l.BuildingId)).ToListAsync(ct);
        return posts.OrderBy(s => s.Role).ThenBy(s => s.Name, StringComparer.Ordinal).Select(ToDto)
            .Concat(liaisons.OrderBy(l => l.Name, StringComparer.Ordinal).Select(l =>
                new GridStaffDto(l.Id, gridId, l.Name, StaffRole.PartyLiaison, null, l.ResidentId, null, false, true, l.BuildingId, null)))
            .ToList();
    }

    public async Task<GridStaffDto> AddAsync(Guid gridId, GridStaffRequest request, CancellationToken ct)
    {
        await grids.FindAsync(gridId, ct, tracked: false);
        await EnsureResidentAsync(request.ResidentId, ct);
        await EnsureAccountAsync(request.AccountId, ct);
        var post = new GridStaff(gridId, request.Name!, request.Role!.Value);
        post.Update(request.Name!, request.Role!.Value, request.AccountId, request.ResidentId, request.Phone, request.ShowOnSignboard);
        db.Staff.Add(post);
        await db.SaveChangesAsync(ct);
        return ToDto(post);
    }

    public async Task<GridStaffDto> UpdateAsync(Guid gridId, Guid id, GridStaffRequest request, CancellationToken ct)
    {
        var post = await FindAsync(gridId, id, ct);
        db.ExpectStamp(post, request.ConcurrencyStamp);
        await EnsureResidentAsync(request.ResidentId, ct);
        await EnsureAccountAsync(request.AccountId, ct);
        post.Update(request.Name!, request.Role!.Value, request.AccountId, request.ResidentId, request.Phone, request.ShowOnSignboard);
        await db.SaveChangesAsync(ct);
        return ToDto(post);
    }

    public async Task RemoveAsync(Guid gridId, Guid id, CancellationToken ct)
    {
        db.Staff.Remove(await FindAsync(gridId, id, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A post of this grid; the Party's liaisons are not posts here, so they cannot be edited or removed.</summary>
    public async Task<GridStaff> FindAsync(Guid gridId, Guid id, CancellationToken ct) =>
        await db.Staff.FirstOrDefaultAsync(s => s.Id == id && s.GridId == gridId, ct) ?? throw new NotFoundException(GridErrors.StaffNotFound);

    private async Task EnsureResidentAsync(Guid? residentId, CancellationToken ct)
    {
        if (residentId is { } id && (await registry.GetManyAsync([id], ct)).Count == 0)
            throw new InvalidInputException(GridErrors.ResidentNotFound, "residentId", GridErrors.ResidentNotFound.Localized());
    }

    /// <summary>
    /// A post's account decides whose grids a grid worker sees, so it must be one of this community's accounts — not
    /// another community's, and not an id that names no account.
    /// </summary>
    private async Task EnsureAccountAsync(Guid? accountId, CancellationToken ct)
    {
        if (accountId is { } id && !await accounts.IsOfCommunityAsync(id, scope.CommunityId!.Value, ct))
            throw new BusinessRuleException(GridErrors.AccountNotInCommunity);
    }

    private static GridStaffDto ToDto(GridStaff s) =>
        new(s.Id, s.GridId, s.Name, s.Role, s.AccountId, s.ResidentId, s.Phone, s.ShowOnSignboard, false, null, s.ConcurrencyStamp);
}

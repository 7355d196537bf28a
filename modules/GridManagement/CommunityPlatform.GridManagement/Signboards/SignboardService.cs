using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.GridManagement.Signboards;

/// <summary>
/// The public card of a grid (民情网格牌), read without an account: the community comes from the grid's code, and
/// only the names and phones of staff who agreed to be shown leave the building. A grid of a community that has the
/// module off is not found.
/// </summary>
public sealed class SignboardService(IServiceScopeFactory scopes, ICommunityDirectory communities, IModuleSwitches switches) : IScopedService
{
    public async Task<SignboardDto> GetAsync(string code, CancellationToken ct)
    {
        var parts = code.Split('-');
        var community = parts.Length >= 3 ? communities.FindByCode(string.Join('-', parts[..^2])) : null;
        if (community is null || !switches.IsEnabled(community.Id, GridManagementModule.Name)) throw new NotFoundException(GridErrors.GridNotFound);

        // An anonymous request names no community, so its own contexts were made for the shared database. The board is
        // read in a scope of the grid's community instead: there the context is on that community's own database, if it has one.
        await using var inner = scopes.CreateAsyncScope(community);
        var db = inner.ServiceProvider.GetRequiredService<GridDbContext>();
        var grid = await db.Grids.AsNoTracking().FirstOrDefaultAsync(g => g.Code == code, ct) ?? throw new NotFoundException(GridErrors.GridNotFound);
        var staff = await db.Staff.AsNoTracking().Where(s => s.GridId == grid.Id && s.ShowOnSignboard).ToListAsync(ct);
        return new SignboardDto(grid.Code, community.Name, grid.Name, grid.Area,
            staff.OrderBy(s => s.Role).ThenBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => new SignboardPerson(s.Name, s.Role, StaffRoles.Title(s.Role), s.Phone)).ToList());
    }
}

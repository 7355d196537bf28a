using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>The grid tree (三级网格) of the request's community, and the people of each grid.</summary>
[Route("api/grid/grids")]
[RequiresCommunity]
public sealed class GridsController(GridService grids, StaffService staff, GridLedgers ledgers) : ModuleController
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Grids of every level, filtered by level or parent; a grid worker sees their own grids only.</summary>
    [HttpGet]
    [RequiresPermission(GridPermissions.View)]
    public Task<IReadOnlyList<GridDto>> List([FromQuery] GridQuery query, CancellationToken ct) => grids.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(GridPermissions.View)]
    public Task<GridDto> Get(Guid id, CancellationToken ct) => grids.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(GridPermissions.ManageGrids)]
    [ProducesResponseType<GridDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<GridDto>> Create(GridRequest request, CancellationToken ct)
    {
        var created = await grids.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(GridPermissions.ManageGrids)]
    public Task<GridDto> Update(Guid id, GridRequest request, CancellationToken ct) => grids.UpdateAsync(id, request, ct);

    [HttpDelete("{id:guid}")]
    [RequiresPermission(GridPermissions.ManageGrids)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await grids.DeleteAsync(id, ct);
        return NoContent();
    }

    /// <summary>The grid's posts and, read-only, the Party-building liaisons of its buildings.</summary>
    [HttpGet("{id:guid}/staff")]
    [RequiresPermission(GridPermissions.View)]
    public Task<IReadOnlyList<GridStaffDto>> Staff(Guid id, CancellationToken ct) => staff.ListAsync(id, ct);

    [HttpPost("{id:guid}/staff")]
    [RequiresPermission(GridPermissions.ManageGrids)]
    [ProducesResponseType<GridStaffDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<GridStaffDto>> AddStaff(Guid id, GridStaffRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await staff.AddAsync(id, request, ct));

    [HttpPut("{id:guid}/staff/{staffId:guid}")]
    [RequiresPermission(GridPermissions.ManageGrids)]
    public Task<GridStaffDto> UpdateStaff(Guid id, Guid staffId, GridStaffRequest request, CancellationToken ct) => staff.UpdateAsync(id, staffId, request, ct);

    [HttpDelete("{id:guid}/staff/{staffId:guid}")]
    [RequiresPermission(GridPermissions.ManageGrids)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> RemoveStaff(Guid id, Guid staffId, CancellationToken ct)
    {
        await staff.RemoveAsync(id, staffId, ct);
        return NoContent();
    }

    /// <summary>One file per grid (一格一档): buildings, households, residents, special groups, rented homes, mobile population, key persons.</summary>
    [HttpGet("{id:guid}/ledger")]
    [RequiresPermission(GridPermissions.View)]
    public Task<GridLedger> Ledger(Guid id, CancellationToken ct) => ledgers.GetAsync(id, ct);

    /// <summary>The same file as an Excel workbook, one sheet per list.</summary>
    [HttpGet("{id:guid}/ledger.xlsx")]
    [RequiresPermission(GridPermissions.View)]
    public async Task<IActionResult> LedgerFile(Guid id, CancellationToken ct)
    {
        var (content, name) = await ledgers.ExportAsync(id, ct);
        return File(content, Xlsx, name);
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.GridManagement.Patrols;

/// <summary>The daily patrol (一日一巡) and its coverage per grid and day.</summary>
[Route("api/grid/patrols")]
[RequiresCommunity]
public sealed class PatrolsController(PatrolService patrols) : ModuleController
{
    [HttpGet]
    [RequiresPermission(GridPermissions.View)]
    public Task<Paged<PatrolDto>> List([FromQuery] PatrolQuery query, CancellationToken ct) => patrols.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(GridPermissions.View)]
    public Task<PatrolDto> Get(Guid id, CancellationToken ct) => patrols.GetAsync(id, ct);

    /// <summary>Records a round; findings with <c>raiseEvent</c> become events at once.</summary>
    [HttpPost]
    [RequiresPermission(GridPermissions.Work)]
    [ProducesResponseType<PatrolDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<PatrolDto>> Record(PatrolRequest request, CancellationToken ct)
    {
        var created = await patrols.RecordAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Buildings patrolled ÷ buildings, per lowest-level grid, on a day (default today, China time).</summary>
    [HttpGet("coverage")]
    [RequiresPermission(GridPermissions.View)]
    public Task<PatrolCoverage> Coverage([FromQuery] DateOnly? day, CancellationToken ct) => patrols.CoverageAsync(day, ct);
}

using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.GridManagement.Visits;

/// <summary>The visit diary (民情日记).</summary>
[Route("api/grid/visits")]
[RequiresCommunity]
public sealed class VisitsController(VisitService visits) : ModuleController
{
    [HttpGet]
    [RequiresPermission(GridPermissions.View)]
    public Task<Paged<VisitDto>> List([FromQuery] VisitQuery query, CancellationToken ct) => visits.ListAsync(query, ct);

    [HttpPost]
    [RequiresPermission(GridPermissions.Work)]
    [ProducesResponseType<VisitDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<VisitDto>> Record(VisitRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await visits.RecordAsync(request, ct));
}

using Microsoft.AspNetCore.Http;
using CommunityPlatform.Communities.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Communities.Api;

[Route("api/platform/streets")]
public sealed class StreetsController(StreetService streets) : ModuleController
{
    [HttpGet]
    public Task<IReadOnlyList<StreetDto>> List([FromQuery] Guid? districtId, CancellationToken ct) => streets.ListAsync(districtId, ct);

    [HttpPost]
    [RequiresPermission(CommunitiesPermissions.Manage)]
    [ProducesResponseType<StreetDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<StreetDto>> Create(CreateStreetRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await streets.CreateAsync(request, ct));
}

[Route("api/platform/districts")]
public sealed class DistrictsController(StreetService streets) : ModuleController
{
    [HttpGet]
    public Task<IReadOnlyList<DistrictDto>> List(CancellationToken ct) => streets.ListDistrictsAsync(ct);

    [HttpPost]
    [RequiresPermission(CommunitiesPermissions.Manage)]
    [ProducesResponseType<DistrictDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<DistrictDto>> Create(CreateDistrictRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await streets.CreateDistrictAsync(request, ct));
}

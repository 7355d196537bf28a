using Microsoft.AspNetCore.Http;
using CommunityPlatform.Application;
using CommunityPlatform.Communities.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Communities.Api;

/// <summary>The communities of the city. Reading follows the account's reach; creating and editing is the city administrator's.</summary>
[Route("api/platform/communities")]
public sealed class CommunitiesController(CommunityService communities, CommunityDatabaseService databases) : ModuleController
{
    [HttpGet]
    public Task<Paged<CommunityDto>> List([FromQuery] Guid? streetId, [FromQuery] string? search, [FromQuery] PageQuery page, CancellationToken ct) =>
        communities.ListAsync(streetId, search, page, ct);

    /// <param name="community">Id or code.</param>
    [HttpGet("{community}")]
    public Task<CommunityDto> Get(string community, CancellationToken ct) => communities.GetAsync(community, ct);

    [HttpPost]
    [RequiresPermission(CommunitiesPermissions.Manage)]
    [ProducesResponseType<CommunityDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<CommunityDto>> Create(CreateCommunityRequest request, CancellationToken ct)
    {
        var created = await communities.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { community = created.Id }, created);
    }

    [HttpPut("{community}")]
    [RequiresPermission(CommunitiesPermissions.Manage)]
    public Task<CommunityDto> Update(string community, UpdateCommunityRequest request, CancellationToken ct) =>
        communities.UpdateAsync(community, request, ct);

    /// <summary>Gives the community its own database (city administrator only); see <see cref="AssignDatabaseRequest"/>.</summary>
    [HttpPut("{community}/database")]
    [RequiresPermission(CommunitiesPermissions.Manage)]
    public Task<CommunityDatabaseDto> AssignDatabase(string community, AssignDatabaseRequest request, CancellationToken ct) =>
        databases.AssignAsync(community, request, ct);
}

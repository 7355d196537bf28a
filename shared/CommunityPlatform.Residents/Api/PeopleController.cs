using CommunityPlatform.Application;
using CommunityPlatform.Residents.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Residents.Api;

/// <summary>
/// Residents of the request's community: search by name prefix, ID number, phone, building, household or tag. ID
/// numbers are masked in every answer; <c>GET {id}/id-number</c> gives one whole, audited. An account without
/// Residents.People.All reads only the residents of the buildings a module gives it.
/// </summary>
[Route("api/residents/people")]
[RequiresCommunity]
public sealed class PeopleController(ResidentService residents) : ModuleController
{
    [HttpGet]
    [RequiresPermission(ResidentsPermissions.View)]
    public Task<Paged<ResidentDto>> Search([FromQuery] ResidentQuery query, CancellationToken ct) => residents.SearchAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(ResidentsPermissions.View)]
    public Task<ResidentDto> Get(Guid id, CancellationToken ct) => residents.GetAsync(id, ct);

    /// <summary>One resident's whole ID number, for accounts holding Residents.ViewSensitive; every call is audited (<c>Residents.IdNumberShown</c>).</summary>
    [HttpGet("{id:guid}/id-number")]
    [RequiresPermission(ResidentsPermissions.View)]
    [RequiresPermission(ResidentsPermissions.ViewSensitive)]
    public async Task<ResidentIdNumberDto> RevealIdNumber(Guid id, CancellationToken ct) => new(await residents.RevealIdNumberAsync(id, ct));

    [HttpPost]
    [RequiresPermission(ResidentsPermissions.Manage)]
    [ProducesResponseType<ResidentDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ResidentDto>> Create(ResidentRequest request, CancellationToken ct)
    {
        var created = await residents.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(ResidentsPermissions.Manage)]
    public Task<ResidentDto> Update(Guid id, ResidentRequest request, CancellationToken ct) => residents.UpdateAsync(id, request, ct);

    /// <summary>Records moving out, death, or moving back in.</summary>
    [HttpPut("{id:guid}/status")]
    [RequiresPermission(ResidentsPermissions.Manage)]
    public Task<ResidentDto> ChangeStatus(Guid id, ResidentStatusRequest request, CancellationToken ct) => residents.ChangeStatusAsync(id, request, ct);
}

[Route("api/residents/households")]
[RequiresCommunity]
public sealed class HouseholdsController(HouseholdService households) : ModuleController
{
    [HttpGet]
    [RequiresPermission(ResidentsPermissions.View)]
    public Task<Paged<HouseholdDto>> Search([FromQuery] HouseholdQuery query, CancellationToken ct) => households.SearchAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(ResidentsPermissions.View)]
    public Task<HouseholdDto> Get(Guid id, CancellationToken ct) => households.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(ResidentsPermissions.Manage)]
    [ProducesResponseType<HouseholdDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<HouseholdDto>> Create(HouseholdRequest request, CancellationToken ct)
    {
        var created = await households.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(ResidentsPermissions.Manage)]
    public Task<HouseholdDto> Update(Guid id, HouseholdRequest request, CancellationToken ct) => households.UpdateAsync(id, request, ct);
}

[Route("api/residents/buildings")]
[RequiresCommunity]
public sealed class BuildingsController(BuildingService buildings) : ModuleController
{
    [HttpGet]
    [RequiresPermission(ResidentsPermissions.View)]
    public Task<IReadOnlyList<BuildingDto>> List(CancellationToken ct) => buildings.ListAsync(ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(ResidentsPermissions.View)]
    public Task<BuildingDto> Get(Guid id, CancellationToken ct) => buildings.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(ResidentsPermissions.Manage)]
    [ProducesResponseType<BuildingDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<BuildingDto>> Create(BuildingRequest request, CancellationToken ct)
    {
        var created = await buildings.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(ResidentsPermissions.Manage)]
    public Task<BuildingDto> Update(Guid id, BuildingRequest request, CancellationToken ct) => buildings.UpdateAsync(id, request, ct);
}

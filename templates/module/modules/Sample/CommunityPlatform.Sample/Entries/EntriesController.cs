using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Sample.Entries;

/// <summary>The community's entries. A community with the module switched off answers 404 <c>Module.Disabled</c>.</summary>
[Route("api/sample/entries")]
[RequiresCommunity]
public sealed class EntriesController(EntryService entries) : ModuleController
{
    [HttpGet]
    [RequiresPermission(SamplePermissions.View)]
    public Task<Paged<EntryDto>> List([FromQuery] PageQuery page, CancellationToken ct) => entries.ListAsync(page, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(SamplePermissions.View)]
    public Task<EntryDto> Get(Guid id, CancellationToken ct) => entries.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(SamplePermissions.Manage)]
    [ProducesResponseType<EntryDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<EntryDto>> Create(EntryRequest request, CancellationToken ct)
    {
        var created = await entries.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Changes an entry; <c>concurrencyStamp</c> must be the one it was read with (409 otherwise).</summary>
    [HttpPut("{id:guid}")]
    [RequiresPermission(SamplePermissions.Manage)]
    public Task<EntryDto> Update(Guid id, EntryRequest request, CancellationToken ct) => entries.UpdateAsync(id, request, ct);
}

using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.Posts;

/// <summary>Public-benefit and trainee posts with their holders (who are often difficulty persons, hence Cases).</summary>
[Route("api/employment/posts")]
[RequiresCommunity]
public sealed class PostsController(PostService posts, LedgerExports exports) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<Paged<PostDto>> List([FromQuery] PageQuery query, CancellationToken ct) => posts.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<PostDto> Get(Guid id, CancellationToken ct) => posts.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<PostDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<PostDto>> Create(PostRequest request, CancellationToken ct)
    {
        var created = await posts.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<PostDto> Update(Guid id, PostRequest request, CancellationToken ct) => posts.UpdateAsync(id, request, ct);

    [HttpGet("ledger.xlsx")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public async Task<IActionResult> Ledger(CancellationToken ct)
    {
        var (content, name) = await exports.PostsAsync(ct);
        return File(content, LedgerExports.Xlsx, name);
    }
}

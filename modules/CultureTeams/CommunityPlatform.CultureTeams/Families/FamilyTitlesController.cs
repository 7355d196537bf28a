using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.CultureTeams.Families;

/// <summary>文明家庭, 书香家庭, 文化之家: the yearly selections by household.</summary>
[Route("api/culture/family-titles")]
[RequiresCommunity]
public sealed class FamilyTitlesController(FamilyTitleService titles) : ModuleController
{
    [HttpGet]
    [RequiresPermission(CulturePermissions.View)]
    public Task<Paged<FamilyTitleDto>> List([FromQuery] FamilyTitleQuery query, CancellationToken ct) => titles.ListAsync(query, ct);

    /// <summary>Awards a title to a household for a year; the same title twice in a year answers 409 <c>Culture.TitleTaken</c>.</summary>
    [HttpPost]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType<FamilyTitleDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<FamilyTitleDto>> Award(FamilyTitleRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await titles.AwardAsync(request, ct));

    [HttpDelete("{id:guid}")]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Withdraw(Guid id, CancellationToken ct)
    {
        await titles.WithdrawAsync(id, ct);
        return NoContent();
    }
}

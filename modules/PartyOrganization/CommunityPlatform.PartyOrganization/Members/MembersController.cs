using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>The member register (党员): residents of the registry with their membership, report-in and moves.</summary>
[Route("api/party/members")]
[RequiresCommunity]
public sealed class MembersController(MemberService members) : ModuleController
{
    /// <summary>Active members by default; filter by unit (with the units below it), category, state or plaque.</summary>
    [HttpGet]
    [RequiresPermission(PartyPermissions.View)]
    public Task<Paged<PartyMemberDto>> List([FromQuery] PartyMemberQuery query, CancellationToken ct) => members.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<PartyMemberDto> Get(Guid id, CancellationToken ct) => members.GetAsync(id, ct);

    /// <summary>Registers a resident as a member; with <c>transferredFrom</c> it records a transfer in (组织关系转入).</summary>
    [HttpPost]
    [RequiresPermission(PartyPermissions.ManageMembers)]
    [ProducesResponseType<PartyMemberDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<PartyMemberDto>> Register(PartyMemberRequest request, CancellationToken ct)
    {
        var created = await members.RegisterAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(PartyPermissions.ManageMembers)]
    public Task<PartyMemberDto> Update(Guid id, PartyMemberRequest request, CancellationToken ct) => members.UpdateAsync(id, request, ct);

    /// <summary>Removes a registration made by mistake. A member who leaves is transferred out instead (<c>POST moves</c>).</summary>
    [HttpDelete("{id:guid}")]
    [RequiresPermission(PartyPermissions.ManageMembers)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await members.DeleteAsync(id, ct);
        return NoContent();
    }

    /// <summary>在职党员到社区报到.</summary>
    [HttpPost("{id:guid}/report-in")]
    [RequiresPermission(PartyPermissions.ManageMembers)]
    public Task<PartyMemberDto> ReportIn(Guid id, ReportInRequest request, CancellationToken ct) => members.ReportInAsync(id, request, ct);

    [HttpGet("{id:guid}/moves")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<MemberMoveDto>> History(Guid id, CancellationToken ct) => members.HistoryAsync(id, ct);

    /// <summary>组织关系接转 and 流出/流入: another unit here, out for a while, back, or out of the community.</summary>
    [HttpPost("{id:guid}/moves")]
    [RequiresPermission(PartyPermissions.ManageMembers)]
    public Task<PartyMemberDto> Move(Guid id, MemberMoveRequest request, CancellationToken ct) => members.MoveAsync(id, request, ct);

    /// <summary>党员户挂牌: the households hanging the plaque, for printing.</summary>
    [HttpGet("plaques")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<PlaqueDto>> Plaques(CancellationToken ct) => members.PlaquesAsync(ct);
}

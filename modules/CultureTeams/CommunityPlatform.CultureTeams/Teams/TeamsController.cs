using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.CultureTeams.Teams;

/// <summary>文体队伍 and 志愿者队伍: leader, members, schedule, home venue, state.</summary>
[Route("api/culture/teams")]
[RequiresCommunity]
public sealed class TeamsController(TeamService teams, CultureLedgers ledgers) : ModuleController
{
    /// <summary>Every team and its members as an Excel workbook.</summary>
    [HttpGet("ledger.xlsx")]
    [RequiresPermission(CulturePermissions.View)]
    public async Task<IActionResult> Ledger(CancellationToken ct)
    {
        var (content, name) = await ledgers.TeamsAsync(ct);
        return File(content, CultureLedgers.Xlsx, name);
    }

    [HttpGet]
    [RequiresPermission(CulturePermissions.View)]
    public Task<Paged<TeamDto>> List([FromQuery] TeamQuery query, CancellationToken ct) => teams.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(CulturePermissions.View)]
    public Task<TeamDto> Get(Guid id, CancellationToken ct) => teams.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType<TeamDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<TeamDto>> Create(TeamRequest request, CancellationToken ct)
    {
        var created = await teams.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(CulturePermissions.Manage)]
    public Task<TeamDto> Update(Guid id, TeamRequest request, CancellationToken ct) => teams.UpdateAsync(id, request, ct);

    /// <summary>activate, suspend (dormant) or dissolve.</summary>
    [HttpPost("{id:guid}/steps")]
    [RequiresPermission(CulturePermissions.Manage)]
    public Task<TeamDto> Step(Guid id, TeamStepRequest request, CancellationToken ct) => teams.StepAsync(id, request, ct);

    [HttpGet("{id:guid}/members")]
    [RequiresPermission(CulturePermissions.View)]
    public Task<IReadOnlyList<TeamMemberDto>> Members(Guid id, CancellationToken ct) => teams.MembersAsync(id, ct);

    /// <summary>A resident of the registry, or an outsider with name and phone.</summary>
    [HttpPost("{id:guid}/members")]
    [RequiresPermission(CulturePermissions.Record)]
    [ProducesResponseType<TeamMemberDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<TeamMemberDto>> AddMember(Guid id, TeamMemberRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await teams.AddMemberAsync(id, request, ct));

    [HttpDelete("{id:guid}/members/{memberId:guid}")]
    [RequiresPermission(CulturePermissions.Record)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> RemoveMember(Guid id, Guid memberId, CancellationToken ct)
    {
        await teams.RemoveMemberAsync(id, memberId, ct);
        return NoContent();
    }
}

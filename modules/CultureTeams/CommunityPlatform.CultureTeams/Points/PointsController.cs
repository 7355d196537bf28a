using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.CultureTeams.Points;

/// <summary>睦邻点: place, leader and staff contact, equipment ledger (in fen), duty roster, quarterly meetings.</summary>
[Route("api/culture/points")]
[RequiresCommunity]
public sealed class PointsController(PointService points, CultureLedgers ledgers) : ModuleController
{
    [HttpGet]
    [RequiresPermission(CulturePermissions.View)]
    public Task<IReadOnlyList<PointDto>> List(CancellationToken ct) => points.ListAsync(ct);

    /// <summary>The point's file: the point, its equipment, its duty roster and its meetings.</summary>
    [HttpGet("{id:guid}")]
    [RequiresPermission(CulturePermissions.View)]
    public Task<PointFileDto> Get(Guid id, CancellationToken ct) => points.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType<PointDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<PointDto>> Create(PointRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await points.CreateAsync(request, ct));

    [HttpPut("{id:guid}")]
    [RequiresPermission(CulturePermissions.Manage)]
    public Task<PointDto> Update(Guid id, PointRequest request, CancellationToken ct) => points.UpdateAsync(id, request, ct);

    [HttpPost("{id:guid}/equipment")]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType<EquipmentDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<EquipmentDto>> AddEquipment(Guid id, EquipmentRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await points.AddEquipmentAsync(id, request, ct));

    [HttpDelete("{id:guid}/equipment/{equipmentId:guid}")]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> RemoveEquipment(Guid id, Guid equipmentId, CancellationToken ct)
    {
        await points.RemoveEquipmentAsync(id, equipmentId, ct);
        return NoContent();
    }

    [HttpPost("{id:guid}/duty")]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType<DutyDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<DutyDto>> AddDuty(Guid id, DutyRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await points.AddDutyAsync(id, request, ct));

    [HttpPost("{id:guid}/meetings")]
    [RequiresPermission(CulturePermissions.Record)]
    [ProducesResponseType<PointMeetingDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<PointMeetingDto>> AddMeeting(Guid id, PointMeetingRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await points.AddMeetingAsync(id, request, ct));

    /// <summary>The equipment ledger of every point as an Excel workbook.</summary>
    [HttpGet("equipment.xlsx")]
    [RequiresPermission(CulturePermissions.View)]
    public async Task<IActionResult> EquipmentFile(CancellationToken ct)
    {
        var (content, name) = await ledgers.EquipmentAsync(ct);
        return File(content, CultureLedgers.Xlsx, name);
    }
}

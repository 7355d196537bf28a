using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.CultureTeams.Activities;

/// <summary>Activities, trainings, performances, publicity, lectures (学习超市), exhibitions and festivals, with their attendance.</summary>
[Route("api/culture/activities")]
[RequiresCommunity]
public sealed class ActivitiesController(ActivityService activities, AttendanceService attendance, GridReferrals referrals, CultureLedgers ledgers) : ModuleController
{
    /// <summary>The activities of a period (default the last 12 months) as an Excel workbook.</summary>
    [HttpGet("ledger.xlsx")]
    [RequiresPermission(CulturePermissions.View)]
    public async Task<IActionResult> Ledger([FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct)
    {
        var (content, name) = await ledgers.ActivitiesAsync(from, to, ct);
        return File(content, CultureLedgers.Xlsx, name);
    }

    [HttpGet]
    [RequiresPermission(CulturePermissions.View)]
    public Task<Paged<ActivityDto>> List([FromQuery] ActivityQuery query, CancellationToken ct) => activities.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(CulturePermissions.View)]
    public Task<ActivityDto> Get(Guid id, CancellationToken ct) => activities.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType<ActivityDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ActivityDto>> Create(ActivityRequest request, CancellationToken ct)
    {
        var created = await activities.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(CulturePermissions.Manage)]
    public Task<ActivityDto> Update(Guid id, ActivityRequest request, CancellationToken ct) => activities.UpdateAsync(id, request, ct);

    /// <summary>open (for sign-up), hold, record (with the head count and, for publicity, the information gathered), close.</summary>
    [HttpPost("{id:guid}/steps")]
    [RequiresPermission(CulturePermissions.Record)]
    public Task<ActivityDto> Step(Guid id, ActivityStepRequest request, CancellationToken ct) => activities.StepAsync(id, request, ct);

    [HttpGet("{id:guid}/attendance")]
    [RequiresPermission(CulturePermissions.View)]
    public Task<IReadOnlyList<ActivityAttendanceDto>> Attendance(Guid id, CancellationToken ct) => attendance.ListAsync(id, ct);

    /// <summary>One person by roll call, staff entry or sign-up: a resident by id or a guest by name (and phone).</summary>
    [HttpPost("{id:guid}/attendance")]
    [RequiresPermission(CulturePermissions.Record)]
    [ProducesResponseType<ActivityAttendanceDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ActivityAttendanceDto>> Attend(Guid id, ActivityAttendanceRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await attendance.AddAsync(id, request, ct));

    /// <summary>Sends a piece of information a publicity session gathered to the grid as an event (grid module on).</summary>
    [HttpPost("{id:guid}/grid-events")]
    [RequiresPermission(CulturePermissions.Record)]
    [ProducesResponseType<GridReferralDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<GridReferralDto>> Refer(Guid id, GridReferralRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await referrals.SendAsync(id, request, ct));
}

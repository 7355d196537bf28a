using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.GridManagement.Rhythm;

/// <summary>The reporting rhythm: 一周一报, 一月一会, 一季一析, 一年一评 (weights per community).</summary>
[Route("api/grid/rhythm")]
[RequiresCommunity]
public sealed class RhythmController(ReportingRhythm rhythm, RhythmSheets sheets, MeetingService meetings) : ModuleController
{
    /// <summary>The week (Monday to Sunday) holding <c>day</c>; default this week.</summary>
    [HttpGet("weekly")]
    [RequiresPermission(GridPermissions.View)]
    public Task<WeeklyReport> Weekly([FromQuery] DateOnly? day, CancellationToken ct) => rhythm.WeekAsync(day, ct);

    /// <summary>A quarter against the one before; default this quarter.</summary>
    [HttpGet("quarterly")]
    [RequiresPermission(GridPermissions.View)]
    public Task<QuarterlyAnalysis> Quarterly(
        [FromQuery, System.ComponentModel.DataAnnotations.Range(2000, 2100)] int? year, [FromQuery, System.ComponentModel.DataAnnotations.Range(1, 4)] int? quarter,
        CancellationToken ct) => rhythm.QuarterAsync(year, quarter, ct);

    /// <summary>Each grid's and worker's score for a year (default this year, so far).</summary>
    [HttpGet("evaluation")]
    [RequiresPermission(GridPermissions.View)]
    public Task<YearlyEvaluation> Evaluation([FromQuery, System.ComponentModel.DataAnnotations.Range(2000, 2100)] int? year, CancellationToken ct) =>
        rhythm.YearAsync(year, ct);

    /// <summary>The week's report as a workbook (a summary sheet and one line per grid).</summary>
    [HttpGet("weekly.xlsx")]
    [RequiresPermission(GridPermissions.View)]
    public async Task<IActionResult> WeeklyFile([FromQuery] DateOnly? day, CancellationToken ct) => Xlsx(await sheets.WeekAsync(day, ct));

    /// <summary>The quarter's analysis as a workbook (summary, by kind, most reported matters, by grid).</summary>
    [HttpGet("quarterly.xlsx")]
    [RequiresPermission(GridPermissions.View)]
    public async Task<IActionResult> QuarterlyFile(
        [FromQuery, System.ComponentModel.DataAnnotations.Range(2000, 2100)] int? year, [FromQuery, System.ComponentModel.DataAnnotations.Range(1, 4)] int? quarter,
        CancellationToken ct) => Xlsx(await sheets.QuarterAsync(year, quarter, ct));

    /// <summary>The year's evaluation as a workbook (grids, workers, weights).</summary>
    [HttpGet("evaluation.xlsx")]
    [RequiresPermission(GridPermissions.View)]
    public async Task<IActionResult> EvaluationFile([FromQuery, System.ComponentModel.DataAnnotations.Range(2000, 2100)] int? year, CancellationToken ct) =>
        Xlsx(await sheets.YearAsync(year, ct));

    private FileContentResult Xlsx((byte[] Content, string FileName) file) => File(file.Content, Grids.GridsController.Xlsx, file.FileName);

    [HttpGet("weights")]
    [RequiresPermission(GridPermissions.View)]
    public Task<EvaluationWeightsDto> Weights(CancellationToken ct) => rhythm.WeightsAsync(ct);

    [HttpPut("weights")]
    [RequiresPermission(GridPermissions.ManageGrids)]
    public Task<EvaluationWeightsDto> SetWeights(EvaluationWeightsRequest request, CancellationToken ct) => rhythm.SetWeightsAsync(request, ct);

    [HttpGet("meetings")]
    [RequiresPermission(GridPermissions.View)]
    public Task<IReadOnlyList<JointMeetingDto>> Meetings(CancellationToken ct) => meetings.ListAsync(ct);

    /// <summary>Records a joint meeting; decisions naming a grid become its events at once.</summary>
    [HttpPost("meetings")]
    [RequiresPermission(GridPermissions.Dispatch)]
    [ProducesResponseType<JointMeetingDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<JointMeetingDto>> RecordMeeting(JointMeetingRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await meetings.RecordAsync(request, ct));
}

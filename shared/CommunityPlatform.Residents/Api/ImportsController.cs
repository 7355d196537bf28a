using CommunityPlatform.Residents.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Residents.Api;

/// <summary>Residents in from Excel: a template, an upload that runs in the background, and its status with every bad row.</summary>
[Route("api/residents/imports")]
[RequiresCommunity]
public sealed class ImportsController(ResidentImport import) : ModuleController
{
    [HttpGet("template.xlsx")]
    [RequiresPermission(ResidentsPermissions.Manage)]
    public IActionResult Template() => File(ResidentImport.Template(), LedgerController.Xlsx, "居民导入模板.xlsx");

    /// <summary>Starts an import of an .xlsx file (form field <c>file</c>); <c>onlyValidRows</c> imports the good rows of a file with errors.</summary>
    [HttpPost]
    [RequiresPermission(ResidentsPermissions.Manage)]
    [RequestSizeLimit(20_000_000)]
    [ProducesResponseType<ImportJobDto>(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> Start(IFormFile file, CancellationToken ct, [FromForm] bool onlyValidRows = false)
    {
        await using var stream = file.OpenReadStream();
        var job = await import.StartAsync(file.FileName, stream, onlyValidRows, ct);
        return AcceptedAtAction(nameof(Status), new { id = job.Id }, job.ToDto());
    }

    /// <summary>The job as it stands, read from the database: the same on every instance, and after a restart.</summary>
    [HttpGet("{id:guid}")]
    [RequiresPermission(ResidentsPermissions.Manage)]
    public async Task<ActionResult<ImportJobDto>> Status(Guid id, CancellationToken ct) => await import.FindAsync(id, ct) is { } job ? job.ToDto() : NotFound();
}

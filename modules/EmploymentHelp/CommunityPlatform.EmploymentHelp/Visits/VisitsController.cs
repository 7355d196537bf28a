using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.Visits;

/// <summary>Visits to needy households (走访慰问) and the aid ledger (<c>withAid=true</c>).</summary>
[Route("api/employment/visits")]
[RequiresCommunity]
public sealed class VisitsController(VisitService visits, LedgerExports exports) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<Paged<CareVisitDto>> List([FromQuery] CareVisitQuery query, CancellationToken ct) => visits.ListAsync(query, ct);

    [HttpPost]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<CareVisitDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<CareVisitDto>> Create(CareVisitRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await visits.CreateAsync(request, ct));

    /// <summary>The visits and aid ledger as an Excel workbook.</summary>
    [HttpGet("ledger.xlsx")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public async Task<IActionResult> Ledger([FromQuery] CareVisitQuery query, CancellationToken ct)
    {
        var (content, name) = await exports.VisitsAsync(query, ct);
        return File(content, LedgerExports.Xlsx, name);
    }
}

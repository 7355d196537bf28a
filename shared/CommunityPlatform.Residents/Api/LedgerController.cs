using CommunityPlatform.Residents.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Residents.Api;

/// <summary>The registry's ledgers (台账) as Excel files.</summary>
[Route("api/residents/ledger")]
[RequiresCommunity]
public sealed class LedgerController(LedgerExport export) : ModuleController
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// The residents' ledger. ID numbers are masked unless <c>fullIdNumbers=true</c> is asked by an account holding
    /// Residents.ViewSensitive (403 for any other); every export is audited with its row count, and whether the numbers were whole.
    /// </summary>
    [HttpGet("people.xlsx")]
    [RequiresPermission(ResidentsPermissions.Export)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> People([FromQuery] bool fullIdNumbers, CancellationToken ct) =>
        File(await export.ResidentsAsync(fullIdNumbers, ct), Xlsx, "居民台账.xlsx");

    [HttpGet("households.xlsx")]
    [RequiresPermission(ResidentsPermissions.Export)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> Households(CancellationToken ct) => File(await export.HouseholdsAsync(ct), Xlsx, "住户台账.xlsx");

    [HttpGet("buildings.xlsx")]
    [RequiresPermission(ResidentsPermissions.Export)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> Buildings(CancellationToken ct) => File(await export.BuildingsAsync(ct), Xlsx, "楼栋台账.xlsx");
}

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

    [HttpGet("people.xlsx")]
    [RequiresPermission(ResidentsPermissions.Export)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> People(CancellationToken ct) => File(await export.ResidentsAsync(ct), Xlsx, "居民台账.xlsx");

    [HttpGet("households.xlsx")]
    [RequiresPermission(ResidentsPermissions.Export)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> Households(CancellationToken ct) => File(await export.HouseholdsAsync(ct), Xlsx, "住户台账.xlsx");

    [HttpGet("buildings.xlsx")]
    [RequiresPermission(ResidentsPermissions.Export)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> Buildings(CancellationToken ct) => File(await export.BuildingsAsync(ct), Xlsx, "楼栋台账.xlsx");
}

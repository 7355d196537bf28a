using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>党建联络员: one Party-building liaison per building of the registry.</summary>
[Route("api/party/liaisons")]
[RequiresCommunity]
public sealed class LiaisonsController(LiaisonService liaisons) : ModuleController
{
    [HttpGet]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<LiaisonDto>> List(CancellationToken ct) => liaisons.ListAsync(ct);

    /// <summary>Makes the member the building's liaison, replacing any before.</summary>
    [HttpPut("{buildingId:guid}")]
    [RequiresPermission(PartyPermissions.Organizations.Manage)]
    public Task<LiaisonDto> Assign(Guid buildingId, LiaisonRequest request, CancellationToken ct) => liaisons.AssignAsync(buildingId, request, ct);

    [HttpDelete("{buildingId:guid}")]
    [RequiresPermission(PartyPermissions.Organizations.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Vacate(Guid buildingId, CancellationToken ct)
    {
        await liaisons.VacateAsync(buildingId, ct);
        return NoContent();
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.Communities.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Communities.Api;

/// <summary>
/// The audit trail, newest first: writes with their changed fields (sensitive ones masked), sign-ins, module
/// switches, grants, unmasked reads and exports. Read-only: entries are kept and never edited or deleted.
/// </summary>
[Route("api/platform/audit")]
public sealed class AuditController(AuditService audit) : ModuleController
{
    [HttpGet]
    [RequiresPermission(CommunitiesPermissions.ViewAudit)]
    public Task<Paged<AuditEntryDto>> Search([FromQuery] AuditQuery query, CancellationToken ct) => audit.SearchAsync(query, ct);
}

using CommunityPlatform.Application;
using CommunityPlatform.Communities.Application;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Communities.Pages.Platform;

[RequiresCommunity]
[RequiresPermission(CommunitiesPermissions.ViewAudit)]
public sealed class AuditModel(AuditService audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public AuditQuery Query { get; set; } = new();
    public Paged<AuditEntryDto> Results { get; private set; } = new([], 0);

    public async Task OnGetAsync(CancellationToken ct) => Results = await audit.SearchAsync(Query, ct);
}

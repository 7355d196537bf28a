using CommunityPlatform.Errors;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.CultureTeams.Volunteers;

/// <summary>A proof of service as issued, laid out for printing.</summary>
[RequiresCommunity]
[RequiresPermission(CulturePermissions.View)]
public sealed class ProofModel(ProofService proofs) : PageModel
{
    public ServiceProofDto Proof { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Proof = await proofs.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }
}

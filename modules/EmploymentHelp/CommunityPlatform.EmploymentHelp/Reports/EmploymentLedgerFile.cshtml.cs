using CommunityPlatform.EmploymentHelp.Visits;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.EmploymentHelp.Reports;

/// <summary>The console's download of a ledger (the API's exports need a bearer token; the console signs in with a cookie).</summary>
[RequiresCommunity]
[RequiresPermission(EmploymentPermissions.Cases)]
public sealed class EmploymentLedgerFileModel(LedgerExports exports) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string ledger, CancellationToken ct)
    {
        (byte[] Content, string Name)? file = ledger switch
        {
            "low-income" => await exports.LowIncomeAsync(ct),
            "job-seekers" => await exports.JobSeekersAsync(ct),
            "difficulty" => await exports.DifficultyAsync(ct),
            "placements" => await exports.PlacementsAsync(ct),
            "posts" => await exports.PostsAsync(ct),
            "visits" => await exports.VisitsAsync(new CareVisitQuery(), ct),
            "zero-employment" => await exports.ZeroEmploymentAsync(ct),
            "training" => await exports.TrainingAsync(ct),
            _ => null,
        };
        return file is { } f ? File(f.Content, LedgerExports.Xlsx, f.Name) : NotFound();
    }
}

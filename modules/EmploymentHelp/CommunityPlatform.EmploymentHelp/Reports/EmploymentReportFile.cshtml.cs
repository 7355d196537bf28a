using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.EmploymentHelp.Reports;

/// <summary>The console's download of the figures as a spreadsheet (counts only, so View suffices).</summary>
[RequiresCommunity]
[RequiresPermission(EmploymentPermissions.View)]
public sealed class EmploymentReportFileModel(SummarySheet sheet) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct)
    {
        var (content, name) = await sheet.BuildAsync(scope, from, to, ct);
        return File(content, LedgerExports.Xlsx, name);
    }
}

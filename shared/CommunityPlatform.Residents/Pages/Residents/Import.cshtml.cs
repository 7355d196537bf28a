using CommunityPlatform.Errors;
using CommunityPlatform.Residents.Application;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Residents.Pages.Residents;

/// <summary>The import page: upload, a progress bar while the job runs (polled from this page, since the API takes no cookie), the error report.</summary>
[RequiresCommunity]
[RequiresPermission(ResidentsPermissions.Manage)]
public sealed class ImportModel(ResidentImport import) : PageModel
{
    public ImportJobDto? Job { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(Guid? job, CancellationToken ct) => Job = job is { } id ? (await import.FindAsync(id, ct))?.ToDto() : null;

    public IActionResult OnGetTemplate() => File(ResidentImport.Template(), Api.LedgerController.Xlsx, "居民导入模板.xlsx");

    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken ct) => await import.FindAsync(id, ct) is { } job ? new JsonResult(job.ToDto()) : NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, bool onlyValidRows, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Error = Lang.T("请选择文件", "Choose a file");
            return Page();
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var job = await import.StartAsync(file.FileName, stream, onlyValidRows, ct);
            return Redirect($"/residents/import?job={job.Id}");
        }
        catch (InvalidInputException e)
        {
            Error = e.Error.Localized();
            return Page();
        }
    }
}

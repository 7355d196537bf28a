using CommunityPlatform.Application;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Sample.Entries;

/// <summary>The entries page: the list for everyone who may view, and the form for those who maintain it — through the same service as the API.</summary>
[RequiresCommunity]
[RequiresPermission(SamplePermissions.View)]
public sealed class SampleEntriesModel(EntryService entries, RequestContext context) : PageModel
{
    public Paged<EntryDto> Entries { get; private set; } = new([], 0);

    [BindProperty] public EntryRequest Entry { get; set; } = new();

    public bool CanManage => context.Has(SamplePermissions.Manage);

    public async Task OnGetAsync(CancellationToken ct) => Entries = await entries.ListAsync(new PageQuery { PageSize = PageQuery.MaxPageSize }, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("entry", () => entries.CreateAsync(Entry, ct))) return RedirectToPage();
        await OnGetAsync(ct);
        return Page();
    }
}

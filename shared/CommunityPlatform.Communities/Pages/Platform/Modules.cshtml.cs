using CommunityPlatform.Communities.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Communities.Pages.Platform;

/// <summary>The current community's module switches and their history; the city administrator switches them here.</summary>
[RequiresCommunity]
public sealed class ModulesModel(ModuleSwitchService switches, RequestContext account, ICommunityDirectory directory) : PageModel
{
    public IReadOnlyList<ModuleSwitchDto> Switches { get; private set; } = [];
    public IReadOnlyList<ModuleSwitchChangeDto> History { get; private set; } = [];
    public string CommunityName { get; private set; } = "";
    public bool CanSwitch => account.Has(CommunitiesPermissions.ManageModules);
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string module, bool enable, CancellationToken ct)
    {
        if (!CanSwitch) return Forbid();
        var code = Code();
        try
        {
            if (enable) await switches.EnableAsync(code, module, ct);
            else await switches.DisableAsync(code, module, ct);
            return RedirectToPage();
        }
        catch (PlatformException e)
        {
            Error = e.Error.Localized() + (e.Detail is null ? "" : $"（{e.Detail}）");
            await LoadAsync(ct);
            return Page();
        }
    }

    /// <summary>A module's name in the reader's language (the history keeps the code name).</summary>
    public string TitleOf(string module) => Switches.FirstOrDefault(m => m.Name == module) is { } known ? Lang.T(known.Title, known.EnglishTitle) : module;

    private string Code() => directory.Find(account.CommunityId!.Value)!.Code;

    private async Task LoadAsync(CancellationToken ct)
    {
        var code = Code();
        CommunityName = directory.FindByCode(code)!.Name;
        Switches = switches.List(code);
        History = await switches.HistoryAsync(code, ct);
    }
}

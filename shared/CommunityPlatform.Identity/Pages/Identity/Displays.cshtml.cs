using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.Identity.Application;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Identity.Pages.Identity;

/// <summary>
/// The street's wall screens (大屏): its display accounts, a form to make one, and a button to take one off the wall.
/// The same service as <c>/api/identity/displays</c>; a street works on its own street's accounts only.
/// </summary>
[AcrossCommunities]
[StreetAction]
[RequiresPermission(DisplayAccounts.ManagePermission)]
public sealed class DisplaysModel(DisplayAccountService displays, RequestContext current) : PageModel
{
    public IReadOnlyList<AccountDto> Displays { get; private set; } = [];

    /// <summary>Display accounts belong to a street: the city names one through the API, this page is the street's.</summary>
    public bool IsStreet => current.Access?.Kind == AccountKind.Street;
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(string? userName, string? displayName, string? password, CancellationToken ct) =>
        RunAsync(() => displays.CreateAsync(new CreateDisplayRequest { UserName = userName, DisplayName = displayName, Password = password }, ct),
            Lang.T($"已开设大屏账号 {userName}，首次登录须修改密码。", $"Display account {userName} made; it must change its password at first sign-in."), ct);

    public Task<IActionResult> OnPostDisableAsync(Guid id, string? concurrencyStamp, CancellationToken ct) =>
        RunAsync(() => displays.DisableAsync(id, new DisableDisplayRequest { ConcurrencyStamp = concurrencyStamp }, ct),
            Lang.T("大屏账号已停用，其登录即刻失效。", "The display account is disabled; its sign-ins end now."), ct);

    private async Task<IActionResult> RunAsync(Func<Task> action, string done, CancellationToken ct)
    {
        if (!IsStreet) return Forbid();
        try
        {
            await action();
            Message = done;
        }
        catch (PlatformException e)
        {
            ModelState.AddModelError("", e.Error.Localized());
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (IsStreet) Displays = await displays.ListAsync(null, ct);
    }
}

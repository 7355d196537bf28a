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

/// <summary>The community's accounts: a secretary creates staff, resets a forgotten password (the person must then choose a new one).</summary>
[RequiresCommunity]
[RequiresPermission(IdentityPermissions.AccountsView)]
public sealed class AccountsModel(AccountAdminService accounts, RoleService roles, RequestContext current) : PageModel
{
    public Paged<AccountDto> Accounts { get; private set; } = new([], 0);
    public IReadOnlyList<RoleDto> Roles { get; private set; } = [];
    public bool CanManage => current.Has(IdentityPermissions.AccountsManage);
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? displayName, string? password, string? role, CancellationToken ct) =>
        await RunAsync(() => accounts.CreateAsync(new CreateAccountRequest { UserName = userName, DisplayName = displayName, Password = password, Roles = role is null ? [] : [role] }, ct),
            Lang.T($"已创建账号 {userName}，首次登录须修改密码。", $"Account {userName} created; it must change its password at first sign-in."), ct);

    public async Task<IActionResult> OnPostResetAsync(Guid id, string? newPassword, CancellationToken ct) =>
        await RunAsync(() => accounts.ResetPasswordAsync(id, new ResetPasswordRequest { NewPassword = newPassword ?? "" }, ct),
            Lang.T("密码已重置，该账号下次登录须修改密码。", "Password reset; the account must change it at next sign-in."), ct);

    public async Task<IActionResult> OnPostRolesAsync(Guid id, string[]? roles, CancellationToken ct) =>
        await RunAsync(() => accounts.SetRolesAsync(id, new SetRolesRequest { Roles = roles ?? [] }, ct), Lang.T("授权已更新。", "Roles updated."), ct, needsPassword: false);

    private async Task<IActionResult> RunAsync(Func<Task> action, string done, CancellationToken ct, bool needsPassword = true)
    {
        if (!CanManage) return Forbid();
        if (needsPassword && string.IsNullOrEmpty(Request.Form["password"]) && string.IsNullOrEmpty(Request.Form["newPassword"]))
            ModelState.AddModelError("", Lang.T("请填写密码", "Enter a password"));
        else
        {
            try
            {
                await action();
                Message = done;
            }
            catch (PlatformException e)
            {
                ModelState.AddModelError("", e.Error.Localized());
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await accounts.ListAsync(null, new PageQuery { PageSize = 100 }, ct);
        Roles = await roles.ListAsync(ct);
    }
}

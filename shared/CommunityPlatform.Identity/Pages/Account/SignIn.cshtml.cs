using CommunityPlatform.Errors;
using CommunityPlatform.Identity.Application;
using CommunityPlatform.Web.Console;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using CommunityPlatform.Web.Security;

namespace CommunityPlatform.Identity.Pages.Account;

/// <summary>
/// The console's sign-in: the same checks, lock-out, audit and per-address limit as the API's token, then a session
/// cookie carrying the account's security stamp (so a password change elsewhere ends it).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInService signIn) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError("", Lang.T("请输入用户名和密码", "Enter your user name and password"));
            return Page();
        }

        try
        {
            var account = await signIn.CheckCredentialsAsync(new TokenRequest { UserName = UserName.Trim(), Password = Password });
            await HttpContext.SignInAsync(ConsoleSchemes.Cookie, ConsoleSession.For(account));
            return LocalRedirect(account.MustChangePassword ? ForcedPasswordChange.PasswordPage : ReturnUrl is { Length: > 0 } back && Url.IsLocalUrl(back) ? back : "/");
        }
        catch (PlatformException e)
        {
            ModelState.AddModelError("", e.Error.Localized());
            return Page();
        }
    }
}

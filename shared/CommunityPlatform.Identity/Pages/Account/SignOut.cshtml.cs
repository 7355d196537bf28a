using CommunityPlatform.Web.Console;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Identity.Pages.Account;

/// <summary>Ends the session (POST only, with the antiforgery token every console form carries).</summary>
[AllowAnonymous]
[CommunityPlatform.Web.Security.AllowsReadOnlyAccounts]
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ConsoleSchemes.Cookie);
        return Redirect("/account/signin");
    }
}

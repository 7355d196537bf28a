using CommunityPlatform.Errors;
using CommunityPlatform.Identity.Application;
using CommunityPlatform.Web.Console;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Identity.Pages.Account;

[CommunityPlatform.Web.Security.AllowsReadOnlyAccounts]
public sealed class PasswordModel(SignInService signIn) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }

    public bool Forced => User.HasClaim(c => c.Type == ForcedPasswordChange.Claim);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CommunityPlatform.Identity.Domain.Account account;
        try
        {
            account = await signIn.ChangePasswordAsync(new ChangePasswordRequest { CurrentPassword = CurrentPassword ?? "", NewPassword = NewPassword ?? "" });
        }
        catch (InvalidInputException e)
        {
            foreach (var field in e.Fields.Keys)
                ModelState.AddModelError(field == "newPassword" ? nameof(NewPassword) : nameof(CurrentPassword), e.Error.Localized());
            return Page();
        }

        // A new cookie with the new stamp (the old one is now refused) and without the "must change" mark.
        await HttpContext.SignInAsync(ConsoleSchemes.Cookie, ConsoleSession.For(account));
        return Redirect("/");
    }
}

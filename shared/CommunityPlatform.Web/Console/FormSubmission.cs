using CommunityPlatform.Errors;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Web.Console;

/// <summary>
/// Runs a console form through a module's service — the one the API calls, so the rules and their messages are the same —
/// and turns a refusal into model errors in the reader's language: the rule's message for the form, and each field's
/// message under <c>form.field</c>.
/// </summary>
public static class FormSubmission
{
    /// <returns>True when saved; false when the form or the service said no and the page should show why.</returns>
    public static async Task<bool> SaveAsync(this PageModel page, string form, Func<Task> save)
    {
        if (!page.ModelState.IsValid) return false;
        try
        {
            await save();
            return true;
        }
        catch (InvalidInputException e)
        {
            page.ModelState.AddModelError("", e.Error.Localized());
            foreach (var (field, messages) in e.Fields)
            foreach (var message in messages)
                page.ModelState.AddModelError($"{form}.{field}", message);
        }
        catch (PlatformException e) when (e is BusinessRuleException or ConflictException or NotFoundException)
        {
            page.ModelState.AddModelError("", e.Error.Localized());
        }

        return false;
    }

    /// <summary>
    /// A refusal as one line, for pages that show it as a notice rather than beside each field: the fields' messages
    /// of invalid input, else the rule's message in the reader's language.
    /// </summary>
    public static string Describe(PlatformException refusal) =>
        refusal is InvalidInputException { Fields.Count: > 0 } invalid
            ? string.Join(" ", invalid.Fields.Values.SelectMany(v => v))
            : refusal.Error.Localized();
}

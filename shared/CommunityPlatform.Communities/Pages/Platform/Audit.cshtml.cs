using CommunityPlatform.Application;
using CommunityPlatform.Communities.Application;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Communities.Pages.Platform;

/// <summary>
/// The audit trail for people: who did what to which record and when (China time), filtered by person, act, kind of
/// record and day, in the reader's language. The API (<c>GET /api/platform/audit</c>) keeps the raw form.
/// </summary>
[RequiresCommunity]
[RequiresPermission(CommunitiesPermissions.ViewAudit)]
public sealed class AuditModel(AuditService audit, CommunityPlatform.Modularity.ModuleCatalog modules) : PageModel
{
    [BindProperty(SupportsGet = true), FromQuery] public string? Account { get; set; }
    [BindProperty(SupportsGet = true), FromQuery] public string? Act { get; set; }
    [BindProperty(SupportsGet = true), FromQuery] public string? Subject { get; set; }
    [BindProperty(SupportsGet = true), FromQuery] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true), FromQuery] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public Paged<AuditEntryDto> Results { get; private set; } = new([], 0);
    public AuditChoices Choices { get; private set; } = new([], [], []);
    public const int PageSize = 50;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Days are China's: 30 November runs from 16:00 UTC on the 29th.
        var query = new AuditQuery
        {
            AccountName = Account, Action = Act, Subject = Subject,
            From = From is { } from ? TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), CommunityCalendar.Zone) : null,
            To = To is { } to ? TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), CommunityCalendar.Zone) : null,
            Page = Math.Max(1, PageNumber), PageSize = PageSize,
        };
        Results = await audit.SearchAsync(query, ct);
        Choices = await audit.ChoicesAsync(ct);
    }

    /// <summary>A module's code name as its title in the reader's language; anything else is not known here.</summary>
    public string? ModuleTitle(string value) =>
        modules.Find(value)?.Info is { } module ? CommunityPlatform.Web.Console.Lang.T(module.Title, module.EnglishTitle) : null;

    /// <summary>A kind of record in the reader's language; a module's own name (an export's subject) as the module's title.</summary>
    public string SubjectWord(string? subject) =>
        subject is not null && !AuditWords.Knows(subject) && ModuleTitle(subject) is { } title ? title : AuditWords.Say(subject);

    public string PageLink(int page) =>
        $"?page={page}&account={Uri.EscapeDataString(Account ?? "")}&act={Uri.EscapeDataString(Act ?? "")}&subject={Uri.EscapeDataString(Subject ?? "")}&from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}";
}

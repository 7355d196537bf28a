using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Web.Console;

/// <summary>
/// What a console page says when it cannot show what was asked: a resident that does not exist, a page of a module
/// switched off in this community (a bookmark from before), a rule that refused. In the console's frame, in the
/// reader's language — never the API's ProblemDetails or a bare status. The host re-executes here for console requests
/// only; the API keeps answering ProblemDetails.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ProblemPageModel(RequestContext account, IModuleSwitches switches, ModuleCatalog catalog) : PageModel
{
    public int Status { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    /// <summary>The list a missing record was opened from (its path without the id), when there is one.</summary>
    public string? Back { get; private set; }

    public void OnGet(int? status) => Explain(status);

    public void OnPost(int? status) => Explain(status);

    private void Explain(int? status)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Status = failure?.Error is PlatformException platform ? platform.Status : status ?? reExecuted?.OriginalStatusCode ?? 500;
        Response.StatusCode = Status;
        var originalPath = failure?.Path ?? reExecuted?.OriginalPath;

        if (SwitchedOff(reExecuted?.Endpoint) is { } module)
        {
            Heading = Lang.T($"{module.Title}未启用", $"{module.EnglishTitle} is off");
            Explanation = Lang.T($"本社区没有启用“{module.Title}”模块，所以这个页面打不开。需要时请城市管理员在“模块”页面启用。",
                $"The {module.EnglishTitle} module is switched off in this community, so this page cannot be opened. The city administrator can switch it on under Modules.");
            return;
        }

        if (failure?.Error is PlatformException known)
        {
            Heading = known.Error.Localized();
            Explanation = known is NotFoundException
                ? Lang.T("要找的记录不存在，或不属于本社区，可能已被删除。", "The record does not exist or is not this community's; it may have been removed.")
                : known.Detail ?? Lang.T("请返回后重试。", "Go back and try again.");
            if (known is NotFoundException && originalPath is { } path && path.LastIndexOf('/') is > 0 and var cut) Back = path[..cut];
            return;
        }

        Heading = (Status == 404 ? PlatformErrors.NotFound : Status >= 500 ? PlatformErrors.Unexpected : PlatformErrors.InvalidRequest).Localized();
        Explanation = Status == 404
            ? Lang.T("没有这个页面。请从菜单进入。", "There is no such page. Use the menu.")
            : Lang.T("请返回后重试。", "Go back and try again.");
    }

    private ModuleInfo? SwitchedOff(Microsoft.AspNetCore.Http.Endpoint? endpoint)
    {
        if (endpoint?.Metadata.GetMetadata<ModuleEndpoint>() is not { IsPlatform: false } tag || account.CommunityId is not { } community) return null;
        return switches.IsEnabled(community, tag.Module) ? null : catalog.Find(tag.Module)?.Info;
    }
}

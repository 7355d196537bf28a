using System.Text.RegularExpressions;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>
/// The names and words of an operation, derived the same way for every module so a new module needs nothing:
/// <list type="bullet">
/// <item><c>operationId</c>: module, controller and action in camelCase (<c>residentsPeopleCreate</c>), stable while the C# names are.</item>
/// <item><c>summary</c>: English, the first sentence of the action's <c>&lt;summary&gt;</c> comment (else its name and its controller's in words).</item>
/// <item><c>description</c>: the whole comment, then in Chinese and English the module and who may call it (the permission's titles).</item>
/// <item>tag: <c>Module.Controller</c>, described by the module's titles and the controller's comment.</item>
/// </list>
/// </summary>
internal static partial class OperationText
{
    public const string PlatformTag = "Platform";

    public static string OperationId(ControllerActionDescriptor action) =>
        Camel(ModuleName(action) + action.ControllerName + action.ActionName);

    public static string Tag(ControllerActionDescriptor action) => ModuleName(action) + "." + action.ControllerName;

    public static string TagDescription(ControllerActionDescriptor action, ModuleCatalog modules)
    {
        var module = modules.Find(ModuleName(action))?.Info;
        var heading = module is null ? "平台 · Platform" : $"{module.Title} · {module.EnglishTitle}";
        return XmlDocs.Summary(action.ControllerTypeInfo) is { } comment ? $"{heading}: {comment}" : heading;
    }

    public static string Summary(ControllerActionDescriptor action)
    {
        if (XmlDocs.Summary(action.MethodInfo) is { Length: > 0 } comment) return XmlDocs.FirstSentence(comment);
        var things = Words(action.ControllerName).ToLowerInvariant();
        return action.ActionName switch
        {
            "List" or "Search" => $"{action.ActionName} {things}",
            "Get" or "Update" or "Delete" => $"{action.ActionName} one of the {things}",
            "Create" => $"Create one of the {things}",
            _ => $"{Words(action.ActionName)} ({things})",
        };
    }

    public static string Description(ApiDescription description, ControllerActionDescriptor action, ModuleCatalog modules, PermissionCatalog permissions)
    {
        var lines = new List<string>();
        if (XmlDocs.Summary(action.MethodInfo) is { Length: > 0 } comment) lines.Add(comment);
        var metadata = action.EndpointMetadata;
        var module = modules.Find(ModuleName(action))?.Info;
        if (module is not null) lines.Add($"模块 Module：{module.Title}（{module.EnglishTitle}）");
        if (metadata.OfType<IAllowAnonymous>().Any())
            lines.Add("公开，无需登录 · Public: no sign-in needed.");
        else
        {
            var required = metadata.OfType<RequiresPermissionAttribute>().Select(r => r.Permission).Distinct().ToList();
            lines.Add(required.Count == 0
                ? "登录即可 · Any signed-in account."
                : "权限 Permission：" + string.Join("；", required.Select(p =>
                    permissions.PermissionsByName.TryGetValue(p, out var d) ? $"{d.Title}（{d.EnglishTitle}, `{p}`）" : $"`{p}`")));
        }

        if (metadata.OfType<RequiresCommunityAttribute>().Any())
            lines.Add("在一个社区内：多社区账号用 `X-Community` 选择 · In one community: an account that sees several picks it with `X-Community`.");
        return string.Join("\n\n", lines);
    }

    private static string ModuleName(ControllerActionDescriptor action) =>
        action.EndpointMetadata.OfType<ModuleEndpoint>().FirstOrDefault()?.Module ?? PlatformTag;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Words(string name) => Capitals().Replace(name, " $1").Trim() is var words && words.Length > 0
        ? char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant()
        : name;

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Capitals();
}

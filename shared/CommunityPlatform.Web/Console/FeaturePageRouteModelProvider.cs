using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CommunityPlatform.Web.Console;

/// <summary>
/// Routes the pages a module keeps in its feature folders (<c>Pledges/Pledges.cshtml</c> beside the feature's entity,
/// service and controller). Razor Pages itself routes only the pages under <see cref="RazorPagesOptions.RootDirectory"/>
/// (<c>/Pages</c>, where the platform modules keep theirs, unchanged). A page outside it must name its absolute route,
/// <c>@page "/party/pledges"</c>: its folder says which feature it belongs to, not its URL.
/// </summary>
/// <remarks>
/// Compiled Razor files of every assembly share one set of paths (<c>/Pledges/Pledges.cshtml</c>), and where two
/// assemblies bring the same path only the first is ever compiled: a second module's page would silently show the
/// first one's. Such a clash fails here, naming both, rather than at a user's request.
/// </remarks>
internal sealed class FeaturePageRouteModelProvider(ApplicationPartManager parts, IOptions<RazorPagesOptions> options) : IPageRouteModelProvider
{
    private const string RazorPageKind = "mvc.1.0.razor-page";
    private const string AreasRoot = "/Areas/";

    /// <summary>After Razor Pages' own provider (-1000), which has added the pages under the root directory by then.</summary>
    public int Order => -1000 + 10;

    public void OnProvidersExecuting(PageRouteModelProviderContext context)
    {
        var root = options.Value.RootDirectory.TrimEnd('/') + "/";
        var views = new ViewsFeature();
        parts.PopulateFeature(views);

        var seen = new Dictionary<string, RazorCompiledItem>(StringComparer.OrdinalIgnoreCase);
        foreach (var view in views.ViewDescriptors)
        {
            if (view.Item is not { Kind: RazorPageKind } page) continue;
            if (seen.TryGetValue(view.RelativePath, out var first))
            {
                if (first.Type.Assembly != page.Type.Assembly)
                    throw new InvalidOperationException(
                        $"Two pages have the path {view.RelativePath}: {first.Type.Assembly.GetName().Name} and {page.Type.Assembly.GetName().Name}. " +
                        "Razor paths are shared by every assembly and only one of them would be used: rename the folder or the file of one.");
                continue;
            }

            seen.Add(view.RelativePath, page);
            if (view.RelativePath.StartsWith(root, StringComparison.OrdinalIgnoreCase)
                || view.RelativePath.StartsWith(AreasRoot, StringComparison.OrdinalIgnoreCase)
                || Path.GetFileName(view.RelativePath).StartsWith('_'))
                continue;

            var template = page.Metadata.OfType<RazorCompiledItemMetadataAttribute>().FirstOrDefault(m => m.Key == "RouteTemplate")?.Value;
            if (template is null || !template.StartsWith('/'))
                throw new InvalidOperationException(
                    $"The page {view.RelativePath} ({page.Type.Assembly.GetName().Name}) lies outside {root}: its @page directive must name its absolute route, e.g. @page \"/party/pledges\".");

            context.RouteModels.Add(RouteModel(view.RelativePath, template));
        }
    }

    public void OnProvidersExecuted(PageRouteModelProviderContext context)
    {
    }

    /// <summary>The route model Razor Pages would make for a page with an absolute route; the page's name is its path.</summary>
    private static PageRouteModel RouteModel(string relativePath, string template)
    {
        var viewEnginePath = relativePath[..relativePath.LastIndexOf('.')];
        var model = new PageRouteModel(relativePath, viewEnginePath);
        model.RouteValues.Add("page", viewEnginePath);
        var prefix = viewEnginePath[1..];
        model.Selectors.Add(new SelectorModel
        {
            AttributeRouteModel = new AttributeRouteModel { Template = AttributeRouteModel.CombineTemplates(prefix, template) },
            EndpointMetadata = { new PageRouteMetadata(prefix, template) },
        });
        return model;
    }
}

internal static class FeaturePages
{
    /// <summary>Routes the pages modules keep in their feature folders, beside those under <c>Pages/</c>.</summary>
    public static IMvcBuilder AddFeaturePages(this IMvcBuilder mvc)
    {
        mvc.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPageRouteModelProvider, FeaturePageRouteModelProvider>());
        return mvc;
    }
}

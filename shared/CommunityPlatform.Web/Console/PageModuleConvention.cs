using System.Reflection;
using CommunityPlatform.Modularity;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CommunityPlatform.Web.Console;

/// <summary>Tags every page of a module's assembly with <see cref="ModuleEndpoint"/>: a switched-off module's pages answer 404 like its API.</summary>
internal sealed class PageModuleConvention(ModuleCatalog catalog) : IPageApplicationModelConvention
{
    private readonly Dictionary<Assembly, ModuleEndpoint> byAssembly = ModuleEndpoint.ByAssembly(catalog);

    public void Apply(PageApplicationModel model)
    {
        if (byAssembly.TryGetValue(model.HandlerType.Assembly, out var module))
            model.EndpointMetadata.Add(module);

        // The page model's attributes ([AllowAnonymous], [RequiresCommunity]) become endpoint metadata, as a controller's do,
        // so authorization and the community middleware see them before the page runs.
        foreach (var attribute in model.HandlerType.GetCustomAttributes(inherit: true))
            if (!model.EndpointMetadata.Contains(attribute)) model.EndpointMetadata.Add(attribute);
    }
}

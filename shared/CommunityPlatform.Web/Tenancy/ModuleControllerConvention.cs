using System.Reflection;
using CommunityPlatform.Modularity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CommunityPlatform.Web.Tenancy;

/// <summary>Tags every controller of a module's assembly with <see cref="ModuleEndpoint"/>, so the module gate knows whose endpoint it is.</summary>
internal sealed class ModuleControllerConvention(ModuleCatalog catalog) : IControllerModelConvention
{
    private readonly Dictionary<Assembly, ModuleEndpoint> byAssembly = ModuleEndpoint.ByAssembly(catalog);

    public void Apply(ControllerModel controller)
    {
        if (!byAssembly.TryGetValue(controller.ControllerType.Assembly, out var module)) return;
        foreach (var selector in controller.Selectors)
            selector.EndpointMetadata.Add(module);
        foreach (var action in controller.Actions)
        foreach (var selector in action.Selectors)
            selector.EndpointMetadata.Add(module);
    }
}

using System.Reflection;
using CommunityPlatform.Modularity;

namespace CommunityPlatform.Web.Tenancy;

/// <summary>Endpoint metadata naming the module an endpoint belongs to; added at start-up, read per request without reflection.</summary>
public sealed record ModuleEndpoint(string Module, bool IsPlatform)
{
    /// <summary>Each module assembly's tag, for the conventions that put it on the assembly's controllers and pages.</summary>
    public static Dictionary<Assembly, ModuleEndpoint> ByAssembly(ModuleCatalog catalog) => catalog.Modules
        .GroupBy(m => m.GetType().Assembly)
        .ToDictionary(g => g.Key, g => new ModuleEndpoint(g.First().Info.Name, g.First().Info.IsPlatform));
}

using System.Reflection;
using CommunityPlatform.Modularity;
using CommunityPlatform.Web.Hosting;

namespace CommunityPlatform.Architecture.Tests;

/// <summary>The assemblies under test: the kernel, and every module the host references.</summary>
internal static class Modules
{
    public static readonly Assembly[] Kernel =
    [
        typeof(PlatformModule).Assembly,
        typeof(CommunityPlatform.Data.ModuleDbContext).Assembly,
        typeof(PlatformHost).Assembly,
    ];

    public static readonly IReadOnlyList<Assembly> Implementations =
        ModuleDiscovery.FromReferences(typeof(Program).Assembly).Select(m => m.GetType().Assembly).Distinct().ToList();

    public static string[] TypesOf(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.FullName is not null && !t.FullName.Contains('<')).Select(t => t.FullName!).ToArray();

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CommunityPlatform.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
        }
    }
}

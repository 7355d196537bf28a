using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Modularity;

/// <summary>The service collection as a module sees it while it configures itself.</summary>
public sealed class ModuleServices(IServiceCollection services, IConfiguration configuration, PlatformModule module)
{
    public IServiceCollection Services { get; } = services;
    public IConfiguration Configuration { get; } = configuration;
    public PlatformModule Module { get; } = module;

    /// <summary>
    /// Registers the module's classes by convention: application services (scoped, as themselves and their
    /// interfaces) and seeders. One scan per module assembly at start-up; nothing is scanned per request.
    /// </summary>
    public ModuleServices AddConventionalServices(Assembly assembly)
    {
        Services.Scan(scan => scan.FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo<IScopedService>(), publicOnly: false)
                .AsSelfWithInterfaces().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<ISingletonService>(), publicOnly: false)
                .AsSelfWithInterfaces().WithSingletonLifetime()
            // Integration event handlers need no marker: implementing the interface is the registration.
            .AddClasses(c => c.AssignableTo(typeof(Events.IIntegrationEventHandler<>))
                    .Where(t => !typeof(IScopedService).IsAssignableFrom(t) && !typeof(ISingletonService).IsAssignableFrom(t)), publicOnly: false)
                .AsImplementedInterfaces().WithScopedLifetime());
        return this;
    }

    /// <summary>
    /// Declares that the module's records are narrowed for accounts without <see cref="Security.NarrowedAccessRule.WholeAccessPermission"/>
    /// (decision 0008): the kernel collects the keys from the rule's suppliers on each such request.
    /// </summary>
    public ModuleServices Narrows(Security.NarrowedAccessRule rule)
    {
        Services.AddSingleton(rule);
        return this;
    }
}

/// <summary>Marks a class the module registers as a scoped service, under itself and its interfaces.</summary>
public interface IScopedService;

/// <summary>Marks a class the module registers as a singleton, under itself and its interfaces.</summary>
public interface ISingletonService;

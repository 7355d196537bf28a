using CommunityPlatform.Communities.Application;
using CommunityPlatform.Communities.Data;
using CommunityPlatform.Communities.Domain;
using CommunityPlatform.Modularity;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.Communities.Seeding;

/// <summary>The report communities practise the modules, so the demo switches on for each every installed module it uses (most use all).</summary>
internal sealed class DemoModuleSwitchSeeder(CommunitiesDbContext db, ModuleCatalog catalog, ModuleSwitches cache, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is not { } demo) return;
        var already = cache.EnabledIn(context.Community.Id);
        foreach (var module in catalog.Modules.Where(m => !m.Info.IsPlatform && m.UsedBy(demo) && !already.Contains(m.Info.Name)))
        {
            db.ModuleSwitches.Add(new ModuleSwitch(context.Community.Id, module.Info.Name));
            db.ModuleSwitchChanges.Add(new ModuleSwitchChange(context.Community.Id, module.Info.Name, true, null, "seed", clock.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Refresh(context.Community.Id);
    }
}

using CommunityPlatform.Data.Kernel;
using CommunityPlatform.Modularity;
using CommunityPlatform.Seeding;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Data.Seeding;

/// <summary>
/// Runs each module's seeders once: platform seeders once per database, community seeders once per community,
/// each run recorded in <c>Kernel_SeedRuns</c> so a module installed later still seeds an existing database.
/// </summary>
public sealed class SeedRunner(
    IServiceProvider services, ModuleCatalog modules, SeedOptions options, DatabaseSettings settings, StartupState state, TimeProvider clock, ILogger<SeedRunner> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        // Read over a plain connection: at a start with nothing to seed, going through the kernel's context would
        // build its model only to learn that (docs/performance-notes.md).
        var done = new HashSet<(string, Guid)>();
        await foreach (var row in PlainQuery.ReadAsync(settings,
                           $"SELECT {PlainQuery.Quote(settings, nameof(SeedRun.Module))}, {PlainQuery.Quote(settings, nameof(SeedRun.CommunityId))} FROM {PlainQuery.Quote(settings, SeedRun.Table)}",
                           cancellationToken))
            done.Add(((string)row[0], PlainQuery.AsGuid(row[1])));

        foreach (var module in modules.Modules)
        {
            if (done.Contains((module.Info.Name, Guid.Empty))) continue;
            await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope(null, out var platform);
            platform.Audit.Seeding = true;
            foreach (var seeder in SeedersOf<IPlatformSeeder>(scope, module).OrderBy(s => s.Order))
                await seeder.SeedAsync(cancellationToken);
            await RecordAsync(scope, module, Guid.Empty, cancellationToken);
        }

        var directory = services.GetRequiredService<ICommunityDirectory>();
        var seeded = 0;
        foreach (var community in directory.All)
        {
            var pending = modules.Modules.Where(m => !done.Contains((m.Info.Name, community.Id))).ToList();
            if (pending.Count == 0) continue;
            await SeedCommunityAsync(community, pending, cancellationToken);
            seeded++;
        }

        if (seeded > 0) logger.LogInformation("Seeded {Count} communities", seeded);
        state.Seeded = true;
    }

    /// <summary>Seeds one community with every module's part; used when the city administrator creates a community.</summary>
    public Task SeedCommunityAsync(CommunityInfo community, CancellationToken cancellationToken = default) =>
        SeedCommunityAsync(community, modules.Modules, cancellationToken);

    private async Task SeedCommunityAsync(CommunityInfo community, IEnumerable<PlatformModule> pending, CancellationToken cancellationToken)
    {
        var demo = options.IncludeDemoData ? options.Demo.Find(community.Code) : null;
        foreach (var module in pending)
        {
            await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope(community, out var dataScope);
            dataScope.Audit.Seeding = true;
            var context = new CommunitySeedContext(community, demo, options.IncludeDemoData);
            foreach (var seeder in SeedersOf<ICommunitySeeder>(scope, module).OrderBy(s => s.Order))
                await seeder.SeedAsync(context, cancellationToken);
            await RecordAsync(scope, module, community.Id, cancellationToken);
        }
    }

    private static IEnumerable<T> SeedersOf<T>(AsyncServiceScope scope, PlatformModule module) =>
        scope.ServiceProvider.GetServices<T>().Where(s => s!.GetType().Assembly == module.GetType().Assembly);

    private async Task RecordAsync(AsyncServiceScope scope, PlatformModule module, Guid communityId, CancellationToken cancellationToken)
    {
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        kernel.SeedRuns.Add(new SeedRun { Module = module.Info.Name, CommunityId = communityId, RanAt = clock.GetUtcNow().UtcDateTime });
        await kernel.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Whether to load the report communities' demo data, and the data itself.</summary>
public sealed record SeedOptions(bool IncludeDemoData, Lazy<DemoData> DemoFile, string? DemoPassword)
{
    /// <summary>The report communities, read from their file when first asked: a start with nothing to seed never reads it (~30 ms).</summary>
    public DemoData Demo => DemoFile.Value;
}

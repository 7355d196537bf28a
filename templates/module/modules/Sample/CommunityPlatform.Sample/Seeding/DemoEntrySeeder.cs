using CommunityPlatform.Modularity;
using CommunityPlatform.Sample.Data;
using CommunityPlatform.Sample.Entries;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.Sample.Seeding;

/// <summary>A demo community starts with as many entries as the module's own demo file gives it (<c>Seeding/demo.json</c>).</summary>
internal sealed class DemoEntrySeeder(SampleDbContext db) : ICommunitySeeder, IScopedService
{
    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is not { } demo) return;
        var count = ModuleDemoFigures.Of(typeof(SampleModule).Assembly, demo.Code).Int("entries") ?? 0;
        for (var i = 1; i <= count; i++)
            db.Entries.Add(new Entry($"{demo.Name}第{i}条记录", null));
        await db.SaveChangesAsync(cancellationToken);
    }
}

using System.Diagnostics;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Seeding;
using CommunityPlatform.SeedGenerator;
using CommunityPlatform.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: city --data DIR --communities N [--residents R] [--prefix c] [--password P] [--volume E]
//        big  --data DIR [--residents 100000] [--households 5000] [--password P]
// Migrates like the host's `migrate`, bulk-inserts, then runs every module's seeders for the new communities like `seed`.
var options = GeneratorOptions.Parse(args);
var clock = Stopwatch.StartNew();

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
builder.Configuration["Platform:DataFolder"] = options.DataFolder;
builder.Configuration["Seed:Demo"] = "false";
// The first start of a database creates the city administrator from this, as the host does.
if (options.Password is { Length: > 0 } password) builder.Configuration["Platform:AdminPassword"] = password;
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddCommunityPlatform(ModuleDiscovery.FromReferences(typeof(GeneratorOptions).Assembly));
await using var app = builder.Build();

await app.Services.GetRequiredService<Migrator>().MigrateAsync();
var city = new CityGenerator(app.Services, options);
var created = await city.CreateCommunitiesAsync();
var registry = new RegistryGenerator(app.Services);
var residents = 0;
var registered = new Dictionary<Guid, IReadOnlyList<Guid>>();
foreach (var community in created)
{
    var people = await registry.FillAsync(community, options.Residents, options.Households);
    residents += people.Count;
    registered[community.Id] = people.Select(p => p.Id).ToList();
}

// Every module's ledgers too, E grid events a community (and Party, culture, employment and market records beside them).
var rows = options.Volume > 0 ? await new ModuleVolume(app.Services).FillAsync(created, registered, options.Volume) : 0;
await app.Services.GetRequiredService<SeedRunner>().SeedAsync();

Console.WriteLine($"communities={created.Count} residents={residents} moduleRows={rows} seconds={clock.Elapsed.TotalSeconds:0.00}");

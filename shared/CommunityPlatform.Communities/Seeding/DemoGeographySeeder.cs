using CommunityPlatform.Communities.Application;
using CommunityPlatform.Communities.Data;
using CommunityPlatform.Communities.Domain;
using CommunityPlatform.Data.Seeding;
using CommunityPlatform.Modularity;
using CommunityPlatform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Communities.Seeding;

/// <summary>The districts, streets and five communities of the reports, with their profile facts.</summary>
internal sealed class DemoGeographySeeder(CommunitiesDbContext db, SeedOptions options, CommunityDirectory directory) : IPlatformSeeder, IScopedService
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.IncludeDemoData) return;
        var demo = options.Demo;

        var districts = await db.Districts.ToDictionaryAsync(d => d.Code, cancellationToken);
        foreach (var d in demo.Districts.Where(d => !districts.ContainsKey(d.Code)))
            db.Districts.Add(districts[d.Code] = new District(d.Code, d.Name));

        var streets = await db.Streets.ToDictionaryAsync(s => s.Code, cancellationToken);
        foreach (var s in demo.Streets.Where(s => !streets.ContainsKey(s.Code)))
            db.Streets.Add(streets[s.Code] = new Street(s.Code, s.Name, districts[s.District].Id));

        var existing = await db.Communities.Select(c => c.Code).ToListAsync(cancellationToken);
        foreach (var c in demo.Communities.Where(c => !existing.Contains(c.Code)))
        {
            var profile = new CommunityProfile(
                (double?)c.AreaKm2, c.Households, c.RegisteredPopulation, c.ResidentPopulation, c.EthnicGroups, c.StaffCount, c.Honours ?? []);
            db.Communities.Add(new Community(c.Code, c.Name, streets[c.Street].Id, profile));
        }

        await db.SaveChangesAsync(cancellationToken);
        directory.Reload();
    }
}

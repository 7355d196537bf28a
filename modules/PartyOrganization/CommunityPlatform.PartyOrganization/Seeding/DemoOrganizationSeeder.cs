using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Domain;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.PartyOrganization.Seeding;

/// <summary>
/// The organisation of each report community: a committee over its branches where the report counts several
/// (新村: 6 branches), else one branch; 欧风丽苑's branch carries its 14 building Party groups.
/// </summary>
internal sealed class DemoOrganizationSeeder(PartyDbContext db) : ICommunitySeeder, IScopedService
{
    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is not { } demo) return;
        var branches = Math.Max(1, demo.PartyBranches ?? 1);
        var top = branches > 1
            ? new OrganizationUnit($"{demo.Name}党委", UnitKind.Committee, null, null)
            : null;
        if (top is not null) db.Units.Add(top);

        for (var i = 1; i <= branches; i++)
        {
            var branch = new OrganizationUnit(branches > 1 ? $"{demo.Name}第{i}党支部" : $"{demo.Name}党支部", UnitKind.Branch, top, null);
            db.Units.Add(branch);
            var groups = demo.Figures?.FirstOrDefault(f => f.Key == "buildingPartyGroups")?.Value is { } count ? (int)count : 0;
            for (var g = 1; g <= groups && branches == 1; g++)
                db.Units.Add(new OrganizationUnit($"第{g}楼宇党小组", UnitKind.Group, branch, null));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.Identity;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.GridManagement.Seeding;

/// <summary>
/// The grid tree of each report community, from its registry: a level-1 grid, branch areas (新村: one per Party
/// branch under its general branch) and building groups, as many as the module's demo file gives the community
/// (五一街: the six grids of its report; 欧风丽苑: one per building Party group). Each lowest grid gets its leader,
/// worker, building heads and information officer (the 民情流水线 of 000 and 004); the county article's eight officers
/// and its 250 households / 700 people are no default (DOMAIN.md): a community's target size is its own grids'
/// average, so none of its grids is far off it. <c>&lt;code&gt;-gridworker</c>, where there is one, is the worker of the first grid.
/// </summary>
internal sealed class DemoGridSeeder(GridDbContext db, IResidentDirectory registry, IAccountDirectory accounts) : ICommunitySeeder, IScopedService
{
    public int Order => 0;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is not { } demo) return;
        var names = new DemoNames(demo.Code);
        var buildings = (await registry.GetBuildingsAsync(null, cancellationToken)).ToList();
        var households = buildings.Sum(b => b.Households);
        // The module's own demo file: 五一街's report counts six grids (and gets a grid worker's account, GridManagementModule);
        // the others' building groups are chosen there (欧风丽苑: one per building Party group); 新村 lays its areas by its six branches.
        var figures = ModuleDemoFigures.Of(typeof(GridManagementModule).Assembly, demo.Code);
        var lowest = Math.Clamp(figures.Int("grids") ?? figures.Int("buildingGroups") ?? (buildings.Count + 2) / 3, 1, Math.Max(1, buildings.Count));
        var areas = figures.Int("areas") ?? (lowest + 3) / 4;
        lowest = Math.Max(lowest, Math.Min(areas, Math.Max(1, buildings.Count)));

        var top = new Grid(demo.Code, $"{demo.Name}网格", GridLevel.Community, 1, null);
        top.Describe(demo.Name, Math.Max(1, households), Math.Max(1, demo.ResidentPopulation ?? households * 3));
        db.Grids.Add(top);
        var areaGrids = Enumerable.Range(1, areas).Select(i =>
        {
            var area = new Grid(demo.Code, demo.Code == "xincun" ? $"第{i}党支部片区" : $"第{i}片区", GridLevel.Area, i, top);
            db.Grids.Add(area);
            return area;
        }).ToList();

        var chunks = Split(buildings, lowest);
        // The community's own standard: what its grids hold on average, households and people (2.6 a household).
        var targetHouseholds = Math.Max(1, (int)Math.Round(households / (double)chunks.Count));
        var targetPeople = Math.Max(1, (int)Math.Round(targetHouseholds * 2.6));
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var grid = new Grid(demo.Code, $"第{i + 1}网格", GridLevel.BuildingGroup, i + 1, areaGrids[i * areas / chunks.Count]);
            grid.Describe(chunk.Count == 0 ? null : string.Join("、", chunk.Select(b => b.Number)) + "号楼", targetHouseholds, targetPeople);
            grid.Cover(chunk.Select(b => b.Id).ToList());
            db.Grids.Add(grid);
            await StaffAsync(grid, chunk, i == 0 ? demo.Code : null, names, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task StaffAsync(Grid grid, IReadOnlyList<BuildingSummary> buildings, string? workerOf, DemoNames names, CancellationToken ct)
    {
        Post(grid, names.Person(), StaffRole.GridLeader, names.Mobile(), true);
        var worker = Post(grid, names.Person(), StaffRole.GridWorker, names.Mobile(), true);
        if (workerOf is not null && await accounts.FindIdAsync($"{workerOf}-gridworker", ct) is { } accountId)
            worker.Update(worker.Name, worker.Role, accountId, null, worker.Phone, true);
        foreach (var _ in buildings.Take(3)) Post(grid, names.Person(), StaffRole.BuildingHead, names.Mobile(), true);
        Post(grid, names.Person(), StaffRole.InformationOfficer, names.Mobile(), false);
    }

    private GridStaff Post(Grid grid, string name, StaffRole role, string phone, bool shown)
    {
        var post = new GridStaff(grid.Id, name, role);
        post.Update(name, role, null, null, phone, shown);
        db.Staff.Add(post);
        return post;
    }

    /// <summary>Buildings in number order, cut into <paramref name="count"/> runs of about equal households.</summary>
    private static List<List<BuildingSummary>> Split(IReadOnlyList<BuildingSummary> buildings, int count)
    {
        var chunks = Enumerable.Range(0, count).Select(_ => new List<BuildingSummary>()).ToList();
        var total = Math.Max(1, buildings.Sum(b => b.Households));
        var (done, index) = (0, 0);
        for (var i = 0; i < buildings.Count; i++)
        {
            // A run takes its share of households and moves on one run at a time, never leaving a run empty.
            if (i > 0) index = Math.Clamp((int)((long)done * count / total), index, index + 1);
            index = Math.Min(count - 1, Math.Max(index, count - (buildings.Count - i)));
            chunks[index].Add(buildings[i]);
            done += buildings[i].Households;
        }

        return chunks;
    }
}

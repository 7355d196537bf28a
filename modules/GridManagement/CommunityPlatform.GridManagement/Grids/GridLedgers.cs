using CommunityPlatform.Application;
using CommunityPlatform.Data.Auditing;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// One file per grid (一格一档), read live from the registry: nothing is copied, so the file is as current as the
/// registry. The Excel export has one sheet per list and is audited like the registry's own ledgers.
/// </summary>
public sealed class GridLedgers(GridDbContext db, GridService grids, IResidentDirectory registry, IBuildingRosters rosters, AuditTrail audit, CommunityPlatform.Tenancy.RequestContext reader) : IScopedService
{
    /// <summary>The special groups of the file, in the order the reports name them.</summary>
    private static readonly ResidentTag[] Groups =
        [ResidentTag.LowIncome, ResidentTag.Disabled, ResidentTag.NeedyPartyMember, ResidentTag.Unemployed, ResidentTag.ElderlyLivingAlone,
         ResidentTag.Veteran, ResidentTag.LeftBehindChild];

    public async Task<GridLedger> GetAsync(Guid id, CancellationToken ct)
    {
        var grid = await grids.FindAsync(id, ct, tracked: false);
        var tree = await db.Grids.AsNoTracking().Select(g => new { g.Id, g.ParentId, g.BuildingIds }).ToListAsync(ct);
        var below = Grid.Subtrees(tree.Select(g => (g.Id, g.ParentId)), [grid.Id]);
        var buildingIds = tree.Where(g => below.Contains(g.Id)).SelectMany(g => g.BuildingIds).Distinct().ToList();

        var buildings = buildingIds.Count == 0 ? [] : await registry.GetBuildingsAsync(buildingIds, ct);
        var roster = await rosters.GetAsync(buildingIds, ct);
        var numbers = buildings.ToDictionary(b => b.Id, b => b.Number);
        var members = roster.Residents.Where(r => r.HouseholdId is not null).GroupBy(r => r.HouseholdId!.Value).ToDictionary(g => g.Key, g => g.Count());

        var heads = roster.Residents.Where(r => r.HouseholdId is not null && r.RelationToHead == RelationToHead.Head)
            .GroupBy(r => r.HouseholdId!.Value).ToDictionary(g => g.Key, g => g.First().Name);
        var households = roster.Households.Select(h =>
            {
                var building = numbers.GetValueOrDefault(h.BuildingId) ?? "";
                var head = heads.GetValueOrDefault(h.Id);
                return new LedgerHousehold(h.Id, building, h.Address, h.Dwelling, h.Tenure, SensitiveCategories.ShownTo(reader, h.Tags),
                    members.GetValueOrDefault(h.Id), head, HouseholdLabel.Of(building, h.Dwelling, h.Address, head));
            })
            .OrderBy(h => h.Building, NaturalOrder.Instance).ThenBy(h => h.Dwelling ?? h.Address, NaturalOrder.Instance).ToList();
        var people = roster.Residents.Select(r => new LedgerPerson(r.Id, r.Name, r.Gender, r.BirthDate, numbers.GetValueOrDefault(r.BuildingId) ?? "", r.HouseholdId,
            r.ResidenceType, r.Tags)).ToList();
        var rented = households.Where(h => h.Tenure == Tenure.Rented || h.Tags.Contains(HouseholdTag.Rented)).ToList();
        var mobile = people.Where(p => p.ResidenceType == ResidenceType.Mobile).ToList();
        var key = people.Where(p => p.Tags.Contains(ResidentTag.KeyPerson)).ToList();
        // A sensitive group is counted for the street and the city, never listed by name; nor is a sensitive tag shown on anyone (SensitiveCategories).
        var shown = reader.IsOversight ? people.Select(p => p with { Tags = SensitiveCategories.ShownTo(reader, p.Tags) }).ToList() : people;
        var groups = Groups.Select(t =>
        {
            var inGroup = shown.Where((_, i) => people[i].Tags.Contains(t)).ToList();
            return new LedgerGroup(t, TagName(t), inGroup.Count, reader.IsOversight && SensitiveCategories.IsSensitive(t) ? [] : inGroup);
        }).ToList();
        people = shown;
        var byBuilding = buildings.Select(b => new LedgerBuilding(b.Id, b.Number, b.Name,
            roster.Households.Count(h => h.BuildingId == b.Id), roster.Residents.Count(r => r.BuildingId == b.Id))).ToList();

        return new GridLedger(grid.Id, grid.Code, grid.Name, grid.Level,
            new LedgerCounts(byBuilding.Count, households.Count, people.Count, rented.Count, mobile.Count, key.Count),
            groups, byBuilding, households, people, rented, mobile, key);
    }

    public async Task<(byte[] Content, string FileName)> ExportAsync(Guid id, CancellationToken ct)
    {
        var ledger = await GetAsync(id, ct);
        var sheets = new Dictionary<string, object>
        {
            ["概况"] = new[]
            {
                Row(("项目", "楼栋"), ("数量", ledger.Counts.Buildings)), Row(("项目", "住户"), ("数量", ledger.Counts.Households)),
                Row(("项目", "居民"), ("数量", ledger.Counts.Residents)), Row(("项目", "出租房"), ("数量", ledger.Counts.RentedHomes)),
                Row(("项目", "流动人口"), ("数量", ledger.Counts.MobilePopulation)), Row(("项目", "重点人员"), ("数量", ledger.Counts.KeyPersons)),
            }.Concat(ledger.SpecialGroups.Select(g => Row(("项目", g.Label), ("数量", g.Count)))).ToList(),
            ["楼栋"] = ledger.Buildings.Select(b => Row(("楼栋号", b.Number), ("名称", b.Name), ("户数", b.Households), ("人数", b.Residents))).ToList(),
            ["住户"] = Households(ledger.Households),
            ["居民"] = People(ledger.Residents),
            ["特殊人群"] = ledger.SpecialGroups.SelectMany(g => g.People.Select(p => Row(("类别", g.Label), ("姓名", p.Name), ("楼栋", p.Building)))).ToList(),
            ["出租房"] = Households(ledger.RentedHomes),
            ["流动人口"] = People(ledger.MobilePopulation),
            ["重点人员"] = People(ledger.KeyPersons),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        await audit.RecordAsync("Grid.LedgerExported", "Grid", $"{ledger.Code}: {ledger.Counts.Residents} residents", ct, ledger.GridId.ToString());
        return (stream.ToArray(), $"一格一档-{ledger.Code}.xlsx");
    }

    public static string TagName(ResidentTag tag) => tag switch
    {
        ResidentTag.Disabled => Lang.T("残疾人", "Disabled"),
        ResidentTag.ElderlyLivingAlone => Lang.T("独居老人", "Elderly living alone"),
        ResidentTag.KeyPerson => Lang.T("重点人员", "Key persons"),
        ResidentTag.Unemployed => Lang.T("失业人员", "Unemployed"),
        ResidentTag.LowIncome => Lang.T("低保", "Low-income"),
        ResidentTag.Veteran => Lang.T("退役军人", "Veterans"),
        ResidentTag.LeftBehindChild => Lang.T("留守儿童", "Left-behind children"),
        _ => Lang.T("困难党员", "Needy Party members"),
    };

    private static List<Dictionary<string, object?>> Households(IEnumerable<LedgerHousehold> households) =>
        households.Select(h => Row(("楼栋", h.Building), ("地址", h.Address), ("门牌", h.Dwelling), ("户主", h.Householder),
            ("产权", h.Tenure switch { Tenure.Owned => "自有", Tenure.Rented => "租住", Tenure.Public => "公房", _ => "其他" }), ("人数", h.Members))).ToList();

    private static List<Dictionary<string, object?>> People(IEnumerable<LedgerPerson> people) =>
        people.Select(p => Row(("姓名", p.Name), ("性别", p.Gender switch { Gender.Male => "男", Gender.Female => "女", _ => "" }),
            ("出生日期", p.BirthDate?.ToString("yyyy-MM-dd")), ("楼栋", p.Building),
            ("居住类型", p.ResidenceType switch { ResidenceType.Registered => "户籍", ResidenceType.Permanent => "常住", _ => "流动" }),
            ("标签", string.Join("、", p.Tags.Select(TagName))))).ToList();

    private static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells) => cells.ToDictionary(c => c.Header, c => c.Value);
}

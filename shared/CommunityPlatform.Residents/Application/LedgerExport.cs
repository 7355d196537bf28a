using CommunityPlatform.Application;
using CommunityPlatform.Data.Auditing;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace CommunityPlatform.Residents.Application;

/// <summary>
/// The registry as the community's ledger (台账) in Excel, with Chinese headers. ID numbers and phones are written
/// as text, so Excel neither rounds an 18-digit number nor drops a leading zero. Every export is audited. Like every
/// read, an export holds only what the account may see (a narrowed account: its buildings).
/// </summary>
public sealed class LedgerExport(ResidentsDbContext db, RequestContext current, AuditTrail audit) : IScopedService
{
    /// <param name="fullIdNumbers">
    /// Whole ID numbers instead of masked ones: only for accounts holding Residents.ViewSensitive, and only when asked
    /// for (forbidden otherwise); the audit entry says so beside the row count.
    /// </param>
    public async Task<byte[]> ResidentsAsync(bool fullIdNumbers, CancellationToken ct)
    {
        Require();
        if (fullIdNumbers && !current.Has(ResidentsPermissions.ViewSensitive))
            throw new ForbiddenException(PlatformErrors.PermissionDenied, Language.T("导出完整身份证号须有查看敏感信息的权限", $"Whole ID numbers require {ResidentsPermissions.ViewSensitive}."));
        var buildings = await db.Buildings.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Number, ct);
        var residents = await db.Residents.AsNoTracking().OrderBy(r => r.BuildingId).ThenBy(r => r.HouseholdId).ThenBy(r => r.Name).ToListAsync(ct);
        var unmasked = fullIdNumbers;
        var rows = residents.Select(r => new Dictionary<string, object?>
        {
            ["姓名"] = r.Name,
            ["性别"] = r.Gender switch { Gender.Male => "男", Gender.Female => "女", _ => "" },
            ["出生日期"] = r.BirthDate?.ToString("yyyy-MM-dd"),
            ["民族"] = Ethnicity.NameOf(r.Ethnicity),
            ["身份证号"] = r.IdNumber is null ? null : unmasked ? r.IdNumber : IdNumber.Mask(r.IdNumber),
            ["联系电话"] = r.Phone,
            ["楼栋"] = r.BuildingId is { } b ? buildings.GetValueOrDefault(b) : null,
            ["与户主关系"] = r.RelationToHead?.ToString(),
            ["居住类型"] = r.ResidenceType switch { ResidenceType.Registered => "户籍", ResidenceType.Permanent => "常住", _ => "流动" },
            ["状态"] = r.Status switch { ResidentStatus.Living => "在住", ResidentStatus.MovedOut => "迁出", _ => "死亡" },
            ["标签"] = string.Join("、", r.Tags.Select(TagName)),
        });
        await audit.RecordAsync("Residents.Exported", "Resident", $"{residents.Count} rows, ID numbers {(unmasked ? "whole" : "masked")}", ct);
        return Save(rows);
    }

    public async Task<byte[]> HouseholdsAsync(CancellationToken ct)
    {
        Require();
        var buildings = await db.Buildings.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Number, ct);
        var households = await db.Households.AsNoTracking().OrderBy(h => h.BuildingId).ThenBy(h => h.Dwelling).ToListAsync(ct);
        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId != null && r.Status == ResidentStatus.Living)
            .GroupBy(r => r.HouseholdId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = households.Select(h => new Dictionary<string, object?>
        {
            ["楼栋"] = h.BuildingId is { } b ? buildings.GetValueOrDefault(b) : null,
            ["地址"] = h.Address,
            ["门牌"] = h.Dwelling,
            ["产权"] = h.Tenure switch { Tenure.Owned => "自有", Tenure.Rented => "租住", Tenure.Public => "公房", _ => "其他" },
            ["人数"] = members.GetValueOrDefault(h.Id),
            ["标签"] = string.Join("、", h.Tags.Select(t => t switch
            {
                HouseholdTag.LowIncome => "低保户", HouseholdTag.PartyMember => "党员户", HouseholdTag.Rented => "出租户",
                HouseholdTag.SpecialHardship => "特困户", _ => "烈军属",
            })),
        });
        await audit.RecordAsync("Residents.Exported", "Household", $"{households.Count} rows", ct);
        return Save(rows);
    }

    public async Task<byte[]> BuildingsAsync(CancellationToken ct)
    {
        Require();
        var counts = await db.Households.AsNoTracking().Where(h => h.BuildingId != null)
            .GroupBy(h => h.BuildingId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var buildings = await db.Buildings.AsNoTracking().ToListAsync(ct);
        var rows = buildings.OrderBy(b => b.Number, NaturalOrder.Instance).Select(b => new Dictionary<string, object?>
        {
            ["楼栋号"] = b.Number, ["名称"] = b.Name, ["单元数"] = b.Units, ["层数"] = b.Floors, ["户数"] = counts.GetValueOrDefault(b.Id),
        });
        await audit.RecordAsync("Residents.Exported", "Building", $"{buildings.Count} rows", ct);
        return Save(rows);
    }

    public static string TagName(ResidentTag tag) => tag switch
    {
        ResidentTag.Disabled => "残疾人",
        ResidentTag.ElderlyLivingAlone => "独居老人",
        ResidentTag.KeyPerson => "重点人员",
        ResidentTag.Unemployed => "失业人员",
        ResidentTag.LowIncome => "低保",
        ResidentTag.Veteran => "退役军人",
        ResidentTag.LeftBehindChild => "留守儿童",
        ResidentTag.NeedyPartyMember => "困难党员",
        _ => tag.ToString(),
    };

    private static byte[] Save(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    private void Require()
    {
        if (!current.Has(ResidentsPermissions.Export)) throw new ForbiddenException(PlatformErrors.PermissionDenied);
    }
}

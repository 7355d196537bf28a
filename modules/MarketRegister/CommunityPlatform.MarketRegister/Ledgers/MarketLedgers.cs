using CommunityPlatform.Data.Auditing;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace CommunityPlatform.MarketRegister.Ledgers;

/// <summary>
/// Every ledger of the market (台账) in one workbook, a sheet each: stalls, vendors, leases, bills, complaints,
/// re-weighs, inspections, cards, allocation applications and street-front shops. Identifiers are masked; the
/// complainant's name and the priority grounds are the staff's and the secretary's only (<c>Market.ViewSensitive</c>),
/// and so is the health certificate. Every export is in the audit trail.
/// </summary>
public sealed class MarketLedgers(MarketDbContext db, Actors actors, AuditTrail audit) : IScopedService
{
    public async Task<(byte[] Content, string FileName)> ExportAsync(CancellationToken ct)
    {
        var sensitive = actors.SeesSensitive;
        var stalls = await db.Stalls.AsNoTracking().OrderBy(s => s.Number).ToListAsync(ct);
        var number = stalls.ToDictionary(s => s.Id, s => s.Number);
        var vendors = await db.Vendors.AsNoTracking().OrderBy(v => v.BadgeNumber).ToListAsync(ct);
        var name = vendors.ToDictionary(v => v.Id, v => v.Name);
        string? Stall(Guid? id) => id is { } s ? number.GetValueOrDefault(s) : null;
        string? Vendor(Guid? id) => id is { } v ? name.GetValueOrDefault(v) : null;

        var sheets = new Dictionary<string, object>
        {
            ["摊位"] = stalls.Select(s => Row(("摊位号", s.Number), ("区域", s.Zone), ("面积㎡", s.AreaM2), ("转角", s.Corner ? "是" : "否"), ("经营类别", s.Category),
                ("月租(元)", s.MonthlyRentFen / 100m), ("状态", Labels.Of(s.State)), ("经营户", s.HolderName))).ToList(),
            ["经营户"] = vendors.Select(v => Row(("胸卡号", v.BadgeNumber), ("姓名", v.Name), ("身份证号", Masking.Identifier(v.IdNumber)), ("信用代码", Masking.Identifier(v.CreditCode)),
                ("电话", Masking.Phone(v.Phone)), ("经营品种", v.Goods), ("进货来源", v.Source), ("摊位", Stall(v.StallId)), ("营业执照到期", v.LicenceExpiresOn?.ToString("yyyy-MM-dd")),
                ("食品经营许可到期", v.FoodPermitExpiresOn?.ToString("yyyy-MM-dd")), ("健康证到期", sensitive ? v.HealthCertExpiresOn?.ToString("yyyy-MM-dd") : null),
                ("黄牌", v.YellowCards), ("红牌", v.RedCards), ("扣分", v.Points), ("信用等级", v.CreditLevel), ("退出日期", v.LeftOn?.ToString("yyyy-MM-dd")))).ToList(),
            ["租约"] = (await db.Leases.AsNoTracking().OrderBy(l => l.StartsOn).ToListAsync(ct)).Select(l => Row(("摊位", Stall(l.StallId)), ("经营户", Vendor(l.VendorId)),
                ("起", l.StartsOn.ToString("yyyy-MM-dd")), ("止", l.EndsOn.ToString("yyyy-MM-dd")), ("月租(元)", l.MonthlyRentFen / 100m), ("管理费(元)", l.ManagementFen / 100m),
                ("保洁费(元)", l.CleaningFen / 100m), ("押金(元)", l.DepositFen / 100m), ("状态", l.State.ToString()), ("解约原因", l.TerminationReason),
                ("押金退还", l.DepositRefundedOn?.ToString("yyyy-MM-dd")))).ToList(),
            ["账单"] = (await db.Bills.AsNoTracking().OrderBy(b => b.Month).ToListAsync(ct)).Select(b => Row(("月份", b.Month.ToString("yyyy-MM")), ("摊位", Stall(b.StallId)),
                ("经营户", Vendor(b.VendorId)), ("项目", b.Kind.ToString()), ("应收(元)", b.AmountFen / 100m), ("已收(元)", b.PaidFen / 100m), ("欠费(元)", b.OwedFen / 100m))).ToList(),
            ["投诉"] = (await db.Complaints.AsNoTracking().OrderBy(c => c.ReceivedAt).ToListAsync(ct)).Select(c => Row(("受理时间", c.ReceivedAt.ToString("yyyy-MM-dd HH:mm")),
                ("渠道", c.Channel.ToString()), ("类别", Labels.Of(c.Kind)), ("摊位", Stall(c.StallId)), ("投诉人", sensitive ? c.ComplainantName : Masking.Name(c.ComplainantName)),
                ("内容", c.Description), ("状态", Labels.Of(c.State)), ("处理", c.Handling?.ToString()), ("答复", c.Answer), ("满意度", c.Satisfaction?.ToString()))).ToList(),
            ["复称"] = (await db.Reweighs.AsNoTracking().OrderBy(r => r.At).ToListAsync(ct)).Select(r => Row(("时间", r.At.ToString("yyyy-MM-dd HH:mm")), ("摊位", Stall(r.StallId)),
                ("经营户", Vendor(r.VendorId)), ("商品", r.Goods), ("申报(克)", r.StatedGrams), ("实称(克)", r.MeasuredGrams), ("偏差(克)", r.DeviationGrams),
                ("超出允差", r.OutOfTolerance ? "是" : "否"), ("处理", r.Outcome))).ToList(),
            ["检查"] = (await db.Inspections.AsNoTracking().OrderBy(i => i.On).ToListAsync(ct)).SelectMany(i => i.Findings.DefaultIfEmpty().Select(f => Row(
                ("日期", i.On.ToString("yyyy-MM-dd")), ("类别", i.Kind.ToString()), ("检查人", i.Inspector), ("问题", f?.Text), ("摊位", Stall(f?.StallId)),
                ("整改期限", f?.Deadline.ToString("yyyy-MM-dd")), ("状态", f?.State.ToString())))).ToList(),
            ["红黄牌"] = (await db.Cards.AsNoTracking().OrderBy(c => c.On).ToListAsync(ct)).Select(c => Row(("日期", c.On.ToString("yyyy-MM-dd")), ("经营户", Vendor(c.VendorId)),
                ("牌", c.Color == CardColor.Red ? "红牌" : "黄牌"), ("扣分", c.Points), ("原因", c.Reason))).ToList(),
            ["摊位申请"] = (await db.Applications.AsNoTracking().OrderBy(a => a.RoundId).ThenBy(a => a.Number).ToListAsync(ct)).Select(a => Row(("序号", a.Number),
                ("姓名", a.Name), ("身份证号", Masking.Identifier(a.IdNumber)), ("信用代码", Masking.Identifier(a.CreditCode)), ("经营品种", a.Goods),
                ("得分", sensitive ? a.Score : null), ("摇号顺序", a.LotteryOrder), ("排名", a.Rank), ("结果", a.Outcome.ToString()), ("摊位", Stall(a.StallId)),
                ("候补", a.WaitingPosition))).ToList(),
            ["沿街门店"] = (await db.Shops.AsNoTracking().OrderBy(s => s.Address).ToListAsync(ct)).Select(s => Row(("店名", s.Name), ("地址", s.Address), ("经营者", s.Operator),
                ("信用代码", Masking.Identifier(s.CreditCode)), ("行业", s.Trade), ("执照到期", s.LicenceExpiresOn?.ToString("yyyy-MM-dd")))).ToList(),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        await audit.RecordAsync("Market.LedgerExported", "Market", $"{stalls.Count} stalls, {vendors.Count} vendors", ct);
        return (stream.ToArray(), "集贸市场台账.xlsx");
    }

    private static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells) => cells.ToDictionary(c => c.Header, c => c.Value);
}

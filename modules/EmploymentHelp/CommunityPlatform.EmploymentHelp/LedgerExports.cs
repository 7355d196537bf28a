using CommunityPlatform.Data.Auditing;
using CommunityPlatform.EmploymentHelp.Difficulty;
using CommunityPlatform.EmploymentHelp.JobSeekers;
using CommunityPlatform.EmploymentHelp.LowIncome;
using CommunityPlatform.EmploymentHelp.Placements;
using CommunityPlatform.EmploymentHelp.Posts;
using CommunityPlatform.EmploymentHelp.Training;
using CommunityPlatform.EmploymentHelp.ZeroEmployment;
using CommunityPlatform.EmploymentHelp.Visits;
using CommunityPlatform.Modularity;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>
/// Every ledger of the module as an Excel workbook, each export audited. The 低保 register carries civil affairs'
/// column names and the job-seeker and difficulty ledgers the labour system's, so they are uploaded, not retyped.
/// ID numbers are not part of any: the registry keeps them, masked.
/// </summary>
public sealed class LedgerExports(
    LowIncomeService lowIncome, VisitService visits, JobSeekerService seekers, PlacementService placements, DifficultyService difficulty, PostService posts,
    ZeroEmploymentService zero, TrainingService training, AuditTrail audit) : IScopedService
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[], string)> LowIncomeAsync(CancellationToken ct)
    {
        var rows = (await lowIncome.AllAsync(ct)).Select(h => Row(("户主姓名", h.Head), ("家庭住址", h.Dwelling is null ? h.Address : $"{h.Address}{h.Dwelling}"),
            ("保障人口", h.People), ("月保障金额(元)", EmploymentLabels.Yuan(h.MonthlyAmountFen)), ("批准日期", h.ApprovedOn.ToString("yyyy-MM-dd")),
            ("审批机关", h.ApprovedBy), ("下次年审", h.ReviewDue.ToString("yyyy-MM-dd")), ("上次年审", h.LastReviewedOn?.ToString("yyyy-MM-dd")))).ToList();
        return await SaveAsync("低保户台账", rows, ct);
    }

    public async Task<(byte[], string)> VisitsAsync(CareVisitQuery q, CancellationToken ct)
    {
        var rows = (await visits.AllAsync(q, ct)).Select(v => Row(("日期", v.On.ToString("yyyy-MM-dd")), ("走访对象", v.Visited), ("慰问事由", EmploymentLabels.Of(v.Occasion)),
            ("走访人", v.Visitors), ("慰问金(元)", EmploymentLabels.Yuan(v.CashFen)), ("物品折价(元)", EmploymentLabels.Yuan(v.GoodsFen)), ("物品", v.Goods),
            ("捐赠方", v.Giver), ("备注", v.Notes))).ToList();
        return await SaveAsync("走访慰问台账", rows, ct);
    }

    public async Task<(byte[], string)> JobSeekersAsync(CancellationToken ct)
    {
        var rows = (await seekers.AllAsync(ct)).Select(j => Row(("姓名", j.Name), ("失业登记日期", j.RegisteredOn.ToString("yyyy-MM-dd")),
            ("失业时间", j.LostWorkOn?.ToString("yyyy-MM-dd")), ("失业原因", j.Reason), ("文化程度", j.Education is { } e ? EmploymentLabels.Of(e) : null),
            ("技能特长", j.Skills), ("技能等级", j.SkillLevel), ("求职意向", j.WishedWork), ("期望月薪(元)", j.WishedPayFen is { } p ? EmploymentLabels.Yuan(p) : null),
            ("联系电话", j.Phone), ("登记状态", j.State == JobSeekerState.Valid ? "有效" : "已注销"),
            ("注销日期", j.DeregisteredOn?.ToString("yyyy-MM-dd")), ("注销原因", j.DeregistrationReason is { } r ? EmploymentLabels.Of(r) : null))).ToList();
        return await SaveAsync("失业登记台账", rows, ct);
    }

    public async Task<(byte[], string)> PlacementsAsync(CancellationToken ct)
    {
        var rows = (await placements.AllAsync(ct)).Select(p => Row(("姓名", p.Name), ("就业形式", EmploymentLabels.Of(p.Kind)), ("就业单位", p.Employer), ("岗位", p.Job),
            ("就业日期", p.StartedOn.ToString("yyyy-MM-dd")),
            ("回访", string.Join("；", p.FollowUps.Select(f => $"{f.Month}个月:{(f.DoneOn is null ? "未访" : f.StillEmployed == true ? "在岗" : "离岗")}"))))).ToList();
        return await SaveAsync("就业安置台账", rows, ct);
    }

    public async Task<(byte[], string)> DifficultyAsync(CancellationToken ct)
    {
        var rows = (await difficulty.AllAsync(ct)).Select(d => Row(("姓名", d.Name), ("认定类别", d.Category), ("状态", EmploymentLabels.Of(d.State)),
            ("申请日期", d.Steps[0].On.ToString("yyyy-MM-dd")),
            ("认定日期", d.Steps.FirstOrDefault(s => s.Action == DifficultyAction.DistrictPassed)?.On.ToString("yyyy-MM-dd")),
            ("认定机关", d.Steps.FirstOrDefault(s => s.Action == DifficultyAction.DistrictPassed)?.Body))).ToList();
        return await SaveAsync("就业困难人员台账", rows, ct);
    }

    public async Task<(byte[], string)> PostsAsync(CancellationToken ct)
    {
        var rows = (await posts.AllAsync(ct)).Select(p => Row(("岗位类别", EmploymentLabels.Of(p.Kind)), ("岗位名称", p.Title), ("在岗人员", p.Holder),
            ("起始日期", p.StartsOn.ToString("yyyy-MM-dd")), ("到期日期", p.EndsOn.ToString("yyyy-MM-dd")), ("月补贴(元)", EmploymentLabels.Yuan(p.MonthlySubsidyFen)))).ToList();
        return await SaveAsync("公益性岗位台账", rows, ct);
    }

    public async Task<(byte[], string)> ZeroEmploymentAsync(CancellationToken ct)
    {
        var rows = (await zero.AllAsync(ct)).Select(z => Row(("家庭住址", z.Address), ("认定日期", z.RecognisedOn.ToString("yyyy-MM-dd")),
            ("清零时限", z.DueOn.ToString("yyyy-MM-dd")), ("状态", EmploymentLabels.Of(z.State)), ("办结日期", z.ClosedOn?.ToString("yyyy-MM-dd")),
            ("超期", z.Overdue ? "是" : "否"), ("退出原因", z.ExitReason))).ToList();
        return await SaveAsync("零就业家庭台账", rows, ct);
    }

    public async Task<(byte[], string)> TrainingAsync(CancellationToken ct)
    {
        var rows = (await training.AllAsync(ct)).Select(c => Row(("培训班", c.Title), ("类别", c.Kind == TrainingKind.StartUp ? "创业培训" : "技能培训"), ("合作单位", c.Partner),
            ("开班日期", c.StartsOn.ToString("yyyy-MM-dd")), ("结业日期", c.EndsOn?.ToString("yyyy-MM-dd")), ("报名人数", c.Enrolled), ("结业人数", c.Completed),
            ("取证人数", c.Certified), ("培训后就业", c.PlacedAfter))).ToList();
        return await SaveAsync("培训台账", rows, ct);
    }

    private async Task<(byte[], string)> SaveAsync(string title, List<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        if (rows.Count == 0) rows.Add(new Dictionary<string, object?> { ["说明"] = "无记录" });
        MiniExcel.SaveAs(stream, rows, sheetName: title);
        await audit.RecordAsync("Employment.LedgerExported", EmploymentHelpModule.Name, $"{title}: {rows.Count} rows", ct);
        return (stream.ToArray(), $"{title}.xlsx");
    }

    private static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells) => cells.ToDictionary(c => c.Header, c => c.Value);
}

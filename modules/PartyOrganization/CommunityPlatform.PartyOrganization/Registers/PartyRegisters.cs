using CommunityPlatform.Application;
using CommunityPlatform.Data.Auditing;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Dues;
using CommunityPlatform.PartyOrganization.Meetings;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.PartyOrganization.Pledges;
using CommunityPlatform.PartyOrganization.Reports;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using static CommunityPlatform.PartyOrganization.Registers.Workbook;

namespace CommunityPlatform.PartyOrganization.Registers;

/// <summary>
/// The Party registers and reports as Excel workbooks — the member register, pledges, meetings, a month's dues, the
/// report-in list and the five reports — read through the same services as the pages, so a workbook holds what the page
/// shows. Every export is in the audit trail with its row count, as the registry's are.
/// </summary>
public sealed class PartyRegisters(
    MemberService members, PledgeService pledges, MeetingService meetings, DuesService dues, PartyReports reports, AuditTrail audit, RequestContext scope) : IScopedService
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A register or report ready to export or print: its title, its sheets and how many records it holds.</summary>
    public sealed record Register(Workbook Book, string Title, int Rows);

    /// <summary>The workbook as a file, recorded in the audit trail with its row count.</summary>
    public async Task<(byte[] Content, string FileName)> ExportAsync(Register register, CancellationToken ct)
    {
        var content = register.Book.ToBytes();
        await audit.RecordAsync("Party.RegisterExported", "Party", $"{register.Title}: {register.Rows}", ct);
        return (content, $"{register.Title}-{scope.Community?.Code}.xlsx");
    }

    public async Task<Register> MembersAsync(PartyMemberQuery query, CancellationToken ct)
    {
        var all = await AllAsync(page => members.ListAsync(Paged(query, page), ct));
        var rows = all.Select(m => Row(
            (Lang.T("姓名", "Name"), m.Name), (Lang.T("所在组织", "Unit"), m.UnitName), (Lang.T("类别", "Category"), PartyLabels.Of(m.Category)),
            (Lang.T("身份", "Status"), FormLabels.Of(m.Status)), (Lang.T("入党日期", "Joined"), FormLabels.Date(m.JoinedOn)),
            (Lang.T("转正日期", "Full since"), FormLabels.Date(m.FullSince)), (Lang.T("组织关系", "Relation held"), FormLabels.Of(m.RelationHeld)),
            (Lang.T("关系所在单位", "Held by"), m.RelationHolder), (Lang.T("管理方式", "Management"), PartyLabels.Of(m.ManagementMode)),
            (Lang.T("党员户挂牌", "Plaque"), m.HouseholdPlaque ? Lang.T("是", "Yes") : ""), (Lang.T("报到日期", "Reported in"), FormLabels.Date(m.ReportedInOn)),
            (Lang.T("月缴党费（元）", "Monthly dues (yuan)"), PartyLabels.Yuan(m.MonthlyDuesFen)), (Lang.T("状态", "State"), PartyLabels.Of(m.State))));
        return new Register(new Workbook().Sheet(Lang.T("党员花名册", "Members"), rows), Lang.T("党员花名册", "Member register"), all.Count);
    }

    public async Task<Register> PledgesAsync(PledgeQuery query, CancellationToken ct)
    {
        var all = await AllAsync(page => pledges.ListAsync(Paged(query, page), ct));
        var rows = all.Select(p => Row(
            (Lang.T("承诺人", "Pledged by"), p.MemberName ?? p.UnitName), (Lang.T("所在组织", "Unit"), p.UnitName),
            (Lang.T("类别", "Category"), PartyLabels.Of(p.Category)), (Lang.T("承诺内容", "Pledge"), p.Content),
            (Lang.T("承诺日期", "Made"), FormLabels.Date(p.MadeOn)), (Lang.T("践诺期限", "Due"), FormLabels.Date(p.DueOn)),
            (Lang.T("状态", "State"), PartyLabels.Of(p.State)), (Lang.T("办结日期", "Closed"), FormLabels.Date(p.ClosedOn)),
            (Lang.T("佐证", "Evidence"), p.Evidence), (Lang.T("评价", "Assessment"), p.Assessment is { } a ? FormLabels.Of(a) : "")));
        return new Register(new Workbook().Sheet(Lang.T("承诺践诺台账", "Pledges"), rows), Lang.T("承诺践诺台账", "Pledges"), all.Count);
    }

    public async Task<Register> MeetingsAsync(MeetingQuery query, CancellationToken ct)
    {
        var all = await AllAsync(page => meetings.ListAsync(Paged(query, page), ct));
        var rows = all.Select(m => Row(
            (Lang.T("日期", "Date"), FormLabels.Date(m.HeldOn)), (Lang.T("党组织", "Unit"), m.UnitName), (Lang.T("会议类别", "Kind"), PartyLabels.Of(m.Kind)),
            (Lang.T("主题", "Topic"), m.Topic), (Lang.T("出席", "Present"), m.Present), (Lang.T("缺席", "Absent"), m.Absent),
            (Lang.T("缺席人员及原因", "Absent, and why"), string.Join("；", m.Attendance.Where(a => !a.Present).Select(a => $"{a.Name}（{a.AbsenceReason}）")))));
        return new Register(new Workbook().Sheet(Lang.T("三会一课台账", "Meetings"), rows), Lang.T("三会一课台账", "Meetings"), all.Count);
    }

    public async Task<Register> DuesAsync(string? month, CancellationToken ct)
    {
        var figures = await dues.MonthAsync(month, ct);
        var paid = await dues.PaymentsAsync(figures.Month, null, ct);
        var book = new Workbook()
            .Sheet(Lang.T("汇总", "Summary"), [Row(
                (Lang.T("月份", "Month"), figures.Month), (Lang.T("应缴人数", "Owing"), figures.Due), (Lang.T("已缴人数", "Paid"), figures.Paid),
                (Lang.T("缴纳率（%）", "Rate (%)"), figures.Rate), (Lang.T("应缴金额（元）", "Due (yuan)"), PartyLabels.Yuan(figures.DueFen)),
                (Lang.T("已缴金额（元）", "Paid (yuan)"), PartyLabels.Yuan(figures.PaidFen)))])
            .Sheet(Lang.T("已缴", "Paid"), paid.Select(p => Row(
                (Lang.T("姓名", "Name"), p.MemberName), (Lang.T("金额（元）", "Amount (yuan)"), PartyLabels.Yuan(p.AmountFen)),
                (Lang.T("缴纳日期", "Paid on"), FormLabels.Date(p.PaidOn)), (Lang.T("代缴人", "Paid by"), p.PaidBy))))
            .Sheet(Lang.T("未缴", "Unpaid"), figures.Unpaid.Select(l => Row(
                (Lang.T("姓名", "Name"), l.Name), (Lang.T("所在组织", "Unit"), l.UnitName), (Lang.T("计缴方式", "Dues class"), PartyLabels.Of(l.DuesClass)),
                (Lang.T("应缴（元）", "Due (yuan)"), PartyLabels.Yuan(l.AmountFen)))));
        return new Register(book, Lang.T($"党费收缴 {figures.Month}", $"Dues {figures.Month}"), figures.Due);
    }

    /// <summary>在职党员到社区报到: the in-service members whose relation is at their employer, reported in or not.</summary>
    public async Task<Register> ReportInAsync(CancellationToken ct)
    {
        var all = (await AllAsync(page => members.ListAsync(new PartyMemberQuery { Category = MemberCategory.InService, State = MemberState.Active, Page = page, PageSize = PageQuery.MaxPageSize }, ct)))
            .Where(m => m.RelationHeld == RelationHeld.Employer).OrderBy(m => m.UnitName, NaturalOrder.Instance).ToList();
        var rows = all.Select(m => Row(
            (Lang.T("姓名", "Name"), m.Name), (Lang.T("所在组织", "Unit"), m.UnitName), (Lang.T("工作单位", "Employer"), m.RelationHolder),
            (Lang.T("报到日期", "Reported in"), FormLabels.Date(m.ReportedInOn)), (Lang.T("认领服务", "Service chosen"), m.ServiceChoice)));
        var reported = all.Count(m => m.ReportedInOn is not null);
        var book = new Workbook()
            .Sheet(Lang.T("汇总", "Summary"), [Row((Lang.T("应报到", "Should report in"), all.Count), (Lang.T("已报到", "Reported in"), reported),
                (Lang.T("报到率", "Rate"), PartyLabels.Of(Rate.From(reported, all.Count))))])
            .Sheet(Lang.T("报到名单", "Report-in list"), rows);
        return new Register(book, Lang.T("在职党员报到", "Report-in"), all.Count);
    }

    /// <summary>The five reports for a scope, one sheet each, with the pledge period and meeting quarter as asked.</summary>
    public async Task<Register> ReportsAsync(ReportScope scope, DateOnly from, DateOnly to, int year, int quarter, string? month, CancellationToken ct)
    {
        var memberReport = await reports.MembersAsync(scope, ct);
        var pledgeReport = await reports.PledgesAsync(scope, from, to, ct);
        var meetingReport = await reports.MeetingsAsync(scope, year, quarter, ct);
        var reportIn = await reports.ReportInAsync(scope, ct);
        var duesReport = await reports.DuesAsync(scope, month, ct);
        var unit = Lang.T("党组织", "Unit");
        var book = new Workbook()
            .Sheet(Lang.T("党员分布", "Members"), memberReport.ByCategory.Select(l => Row((Lang.T("项目", "Line"), l.Label), (Lang.T("人数", "Count"), l.Count)))
                .Append(Row((Lang.T("项目", "Line"), Lang.T("合计", "Total")), (Lang.T("人数", "Count"), memberReport.Total)))
                .Concat(memberReport.ByUnit.Select(l => Row((Lang.T("项目", "Line"), l.Label), (Lang.T("人数", "Count"), l.Count)))))
            .Sheet(Lang.T("承诺践诺", "Pledges"), new[]
                {
                    (Lang.T("组织承诺", "Organisations"), pledgeReport.Organizations), (Lang.T("党员承诺", "Members"), pledgeReport.Members),
                    (Lang.T("合计", "Overall"), pledgeReport.Overall),
                }.Concat(pledgeReport.ByCategory.Select(l => (l.Label, l.Rate))).Concat(pledgeReport.ByUnit.Select(l => (l.Label, l.Rate)))
                .Select(l => Row((Lang.T("项目", "Line"), l.Item1), (Lang.T("已践诺", "Kept"), l.Item2.Count), (Lang.T("承诺", "Made"), l.Item2.Of),
                    (Lang.T("践诺率", "Rate"), PartyLabels.Of(l.Item2)), (Lang.T("期间", "Period"), $"{FormLabels.Date(from)} ~ {FormLabels.Date(to)}"))))
            .Sheet(Lang.T("三会一课", "Meetings"), meetingReport.Branches.Select(b => Row(
                (unit, b.Unit), (Lang.T("党员大会", "Members"), b.BranchMembers), (Lang.T("支委会", "Committee"), b.BranchCommittee),
                (Lang.T("党小组会", "Group"), b.Group), (Lang.T("党课", "Lecture"), b.Lecture), (Lang.T("完成", "Complete"), b.Complete ? "✓" : "✗"),
                (Lang.T("季度", "Quarter"), $"{meetingReport.Year}Q{meetingReport.Quarter}"))))
            .Sheet(Lang.T("在职党员报到", "Report-in"), [Row((Lang.T("已报到", "Reported in"), reportIn.ReportedIn.Count), (Lang.T("应报到", "Should report in"), reportIn.ReportedIn.Of),
                (Lang.T("报到率", "Rate"), PartyLabels.Of(reportIn.ReportedIn)))])
            .Sheet(Lang.T("党费", "Dues"), [Row((Lang.T("月份", "Month"), duesReport.Month), (Lang.T("已缴人数", "Paid"), duesReport.Paid.Count),
                (Lang.T("应缴人数", "Owing"), duesReport.Paid.Of), (Lang.T("缴纳率", "Rate"), PartyLabels.Of(duesReport.Paid)),
                (Lang.T("应缴金额（元）", "Due (yuan)"), PartyLabels.Yuan(duesReport.DueFen)), (Lang.T("已缴金额（元）", "Paid (yuan)"), PartyLabels.Yuan(duesReport.PaidFen)))]);
        return new Register(book, Lang.T("党建统计", "Party reports"), memberReport.Total);
    }


    /// <summary>Every page of a paged list, at the largest page size.</summary>
    private static async Task<List<T>> AllAsync<T>(Func<int, Task<Paged<T>>> page)
    {
        var all = new List<T>();
        for (var n = 1; ; n++)
        {
            var batch = await page(n);
            all.AddRange(batch.Items);
            if (batch.Items.Count < PageQuery.MaxPageSize || all.Count >= batch.Total) return all;
        }
    }

    private static PartyMemberQuery Paged(PartyMemberQuery q, int page) => new()
    {
        UnitId = q.UnitId, Category = q.Category, State = q.State, HouseholdPlaque = q.HouseholdPlaque, Search = q.Search, Page = page, PageSize = PageQuery.MaxPageSize,
    };

    private static PledgeQuery Paged(PledgeQuery q, int page) => new()
    {
        UnitId = q.UnitId, MemberId = q.MemberId, State = q.State, Owner = q.Owner, Page = page, PageSize = PageQuery.MaxPageSize,
    };

    private static MeetingQuery Paged(MeetingQuery q, int page) => new()
    {
        UnitId = q.UnitId, Kind = q.Kind, From = q.From, To = q.To, Page = page, PageSize = PageQuery.MaxPageSize,
    };
}

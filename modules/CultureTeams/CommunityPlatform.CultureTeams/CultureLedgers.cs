using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.CultureTeams.Reports;
using CommunityPlatform.Data.Auditing;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace CommunityPlatform.CultureTeams;

/// <summary>
/// The module's ledgers (台账) as Excel workbooks — teams with members, activities, equipment, volunteer hours —
/// each export audited with its row count. Hours carry the unified volunteer number, never an ID number.
/// </summary>
public sealed class CultureLedgers(CultureTeamsDbContext db, Registry registry, CultureReports reports, AuditTrail audit) : IScopedService
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[] Content, string Name)> TeamsAsync(CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Name).ToListAsync(ct);
        var members = await db.TeamMembers.AsNoTracking().ToListAsync(ct);
        var people = await registry.ResidentsAsync(members.Select(m => m.ResidentId).Concat(teams.Select(t => t.LeaderResidentId)), ct);
        string Person(Guid? id) => id is { } r ? people.GetValueOrDefault(r)?.Name ?? "" : "";
        var sheets = new Dictionary<string, object>
        {
            ["队伍"] = teams.Select(t => Row(("队伍", t.Name), ("类别", CultureLabels.Of(t.Kind)), ("项目", t.Category), ("状态", CultureLabels.Of(t.State)),
                ("负责人", Person(t.LeaderResidentId)), ("活动时间", Teams.Team.ScheduleText(t.MeetingDays, t.From, t.To)), ("成员数", members.Count(m => m.TeamId == t.Id)),
                ("成立日期", t.FoundedOn.ToString("yyyy-MM-dd")))).ToList(),
            ["成员"] = members.Join(teams, m => m.TeamId, t => t.Id, (m, t) => Row(("队伍", t.Name), ("姓名", m.ResidentId is null ? m.Name : Person(m.ResidentId)),
                ("电话", m.Phone), ("社区外人员", m.ResidentId is null ? "是" : "否"), ("加入日期", m.JoinedOn.ToString("yyyy-MM-dd")))).ToList(),
        };
        return await SaveAsync(sheets, "文化队伍台账", members.Count, ct);
    }

    public async Task<(byte[] Content, string Name)> ActivitiesAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = reports.Period(from, to);
        var (start, end) = (ChinaTime.StartOf(f), ChinaTime.StartOf(t.AddDays(1)));
        var rows = await db.Activities.AsNoTracking().Where(a => a.StartsAt >= start && a.StartsAt < end).OrderBy(a => a.StartsAt).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var points = await db.Points.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var sheets = new Dictionary<string, object>
        {
            ["活动"] = rows.Select(a => Row(("日期", ChinaTime.Format(a.StartsAt, "yyyy-MM-dd HH:mm")), ("活动", a.Title), ("类型", CultureLabels.Of(a.Kind)),
                ("状态", CultureLabels.Of(a.State)), ("队伍", a.TeamId is { } x ? teams.GetValueOrDefault(x) : null), ("睦邻点", a.PointId is { } p ? points.GetValueOrDefault(p) : null),
                ("参加人次", a.Attendance), ("收集信息条数", a.InformationGathered))).ToList(),
        };
        return await SaveAsync(sheets, "文化活动台账", rows.Count, ct);
    }

    public async Task<(byte[] Content, string Name)> EquipmentAsync(CancellationToken ct)
    {
        var points = await db.Points.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var lines = await db.Equipment.AsNoTracking().OrderBy(e => e.PointId).ThenBy(e => e.BoughtOn).ToListAsync(ct);
        var sheets = new Dictionary<string, object>
        {
            ["设备"] = lines.Select(e => Row(("睦邻点", points.GetValueOrDefault(e.PointId)), ("设备", e.Name), ("数量", e.Quantity),
                ("金额（元）", e.ValueFen / 100m), ("购置日期", e.BoughtOn.ToString("yyyy-MM-dd")), ("备注", e.Note))).ToList(),
        };
        return await SaveAsync(sheets, "睦邻点设备台账", lines.Count, ct);
    }

    public async Task<(byte[] Content, string Name)> HoursAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = reports.Period(from, to);
        var volunteers = await db.Volunteers.AsNoTracking().OrderBy(v => v.JoinedOn).ToListAsync(ct);
        var minutes = await db.ServiceRecords.AsNoTracking().Where(r => r.State == ServiceState.Confirmed && r.Day >= f && r.Day <= t)
            .GroupBy(r => r.VolunteerId).Select(g => new { g.Key, Minutes = g.Sum(r => r.Minutes), Count = g.Count(r => r.Minutes > 0) }).ToDictionaryAsync(g => g.Key, ct);
        var people = await registry.ResidentsAsync(volunteers.Select(v => (Guid?)v.ResidentId), ct);
        var sheets = new Dictionary<string, object>
        {
            ["服务时长"] = volunteers.Select(v => Row(("志愿者编号", v.VolunteerNumber), ("姓名", people.GetValueOrDefault(v.ResidentId)?.Name),
                ("服务开始日期", f.ToString("yyyy-MM-dd")), ("服务结束日期", t.ToString("yyyy-MM-dd")), ("服务次数", minutes.GetValueOrDefault(v.Id)?.Count ?? 0),
                ("服务时长（小时）", Volunteers.VolunteerService.Hours(minutes.GetValueOrDefault(v.Id)?.Minutes ?? 0)))).ToList(),
        };
        return await SaveAsync(sheets, "志愿服务时长", volunteers.Count, ct);
    }

    private async Task<(byte[], string)> SaveAsync(Dictionary<string, object> sheets, string title, int rows, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        await audit.RecordAsync("Culture.LedgerExported", "Culture", $"{title}: {rows} rows", ct);
        return (stream.ToArray(), $"{title}.xlsx");
    }

    private static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells) => cells.ToDictionary(c => c.Header, c => c.Value);
}

using System.Text;
using System.Text.Json;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.Communities.Application;

/// <summary>
/// The audit trail as a person reads it: acts, kinds of record and fields in the reader's language, and the stored
/// JSON detail as "field: old → new" lines. The trail itself keeps the code names (the API gives them raw, for
/// machines). A word not known here is shown as stored; the table holds the record kinds of the installed modules,
/// as plain words of the community's work.
/// </summary>
public static class AuditWords
{
    private static readonly Dictionary<string, (string Chinese, string English)> Words = new(StringComparer.Ordinal)
    {
        // Acts
        ["Created"] = ("新增", "Created"),
        ["Updated"] = ("修改", "Changed"),
        ["Deleted"] = ("删除", "Deleted"),
        ["Seeded"] = ("初始化演示数据", "Demo data seeded"),
        ["Imported"] = ("导入", "Imported"),
        ["Copied"] = ("迁移复制", "Copied"),
        ["Account.SignedIn"] = ("登录", "Signed in"),
        ["Account.SignInFailed"] = ("登录失败", "Sign-in failed"),
        ["Residents.IdNumberShown"] = ("查看完整身份证号", "Whole ID number shown"),
        ["Residents.Exported"] = ("导出台账", "Ledger exported"),
        ["Community.DatabaseAssigned"] = ("指定独立数据库", "Own database assigned"),
        // A module's export of its ledgers (Market.LedgerExported, Grid.LedgerExported …) reads as the act it is.
        ["LedgerExported"] = ("导出台账", "Ledger exported"),
        // Kinds of record
        ["Resident"] = ("居民", "Resident"),
        ["Household"] = ("住户", "Household"),
        ["Building"] = ("楼栋", "Building"),
        ["Account"] = ("账号", "Account"),
        ["RoleGrant"] = ("角色授予", "Role grant"),
        ["CommunityRole"] = ("社区角色", "Community role"),
        ["ModuleSwitch"] = ("模块开关", "Module switch"),
        ["ModuleSwitchChange"] = ("模块开关记录", "Module switch change"),
        ["District"] = ("区县", "District"),
        ["Street"] = ("街道", "Street"),
        ["Community"] = ("社区", "Community"),
        ["CommunityProfile"] = ("社区概况", "Community profile"),
        ["OrganizationUnit"] = ("党组织", "Party unit"),
        ["CommitteeSeat"] = ("委员职务", "Committee seat"),
        ["PartyMember"] = ("党员", "Party member"),
        ["MemberMove"] = ("党员转接", "Member move"),
        ["BuildingLiaison"] = ("楼栋联络员", "Building liaison"),
        ["LiaisonCopy"] = ("联络员信息", "Liaison copy"),
        ["Pledge"] = ("承诺", "Pledge"),
        ["Meeting"] = ("会议", "Meeting"),
        ["DuesPayment"] = ("党费缴纳", "Dues payment"),
        ["ReviewRound"] = ("评议", "Review round"),
        ["ReviewEntry"] = ("评议结果", "Review entry"),
        ["Award"] = ("表彰", "Award"),
        ["Pairing"] = ("结对帮扶", "Pairing"),
        ["PairingVisit"] = ("结对走访", "Pairing visit"),
        ["MicroWish"] = ("微心愿", "Micro-wish"),
        ["Errand"] = ("代办服务", "Errand"),
        ["JointUnit"] = ("共建单位", "Joint unit"),
        ["JointActivity"] = ("共建活动", "Joint activity"),
        ["Grid"] = ("网格", "Grid"),
        ["GridStaff"] = ("网格人员", "Grid staff"),
        ["Patrol"] = ("巡查", "Patrol"),
        ["GridEvent"] = ("网格事件", "Grid event"),
        ["Visit"] = ("走访", "Visit"),
        ["JointMeeting"] = ("联席会议", "Joint meeting"),
        ["EvaluationWeights"] = ("考核权重", "Evaluation weights"),
        // Fields
        ["Name"] = ("姓名/名称", "Name"),
        ["Gender"] = ("性别", "Gender"),
        ["BirthDate"] = ("出生日期", "Birth date"),
        ["Ethnicity"] = ("民族", "Ethnicity"),
        ["IdNumber"] = ("身份证号", "ID number"),
        ["Phone"] = ("电话", "Phone"),
        ["HouseholdId"] = ("住户", "Household"),
        ["BuildingId"] = ("楼栋", "Building"),
        ["ResidentId"] = ("居民", "Resident"),
        ["MemberId"] = ("党员", "Member"),
        ["RelationToHead"] = ("与户主关系", "Relation to head"),
        ["ResidenceType"] = ("居住类型", "Residence"),
        ["Status"] = ("状态", "Status"),
        ["StatusSince"] = ("状态日期", "Status since"),
        ["TagBits"] = ("标签", "Tags"),
        ["Tags"] = ("标签", "Tags"),
        ["Number"] = ("编号", "Number"),
        ["Units"] = ("单元数", "Units"),
        ["Floors"] = ("层数", "Floors"),
        ["Address"] = ("地址", "Address"),
        ["Dwelling"] = ("门牌", "Dwelling"),
        ["Tenure"] = ("住房性质", "Tenure"),
        ["Title"] = ("标题", "Title"),
        ["Note"] = ("备注", "Note"),
        ["Enabled"] = ("启用", "On"),
        ["Module"] = ("模块", "Module"),
        ["Code"] = ("代码", "Code"),
        ["UserName"] = ("账号", "User name"),
        ["Role"] = ("角色", "Role"),
        ["AccountId"] = ("账号", "Account"),
        ["IdNumberToken"] = ("身份证号标记", "ID number token"),
        ["ChangedAt"] = ("时间", "When"),
        ["ChangedBy"] = ("操作人编号", "By (id)"),
        ["ChangedByName"] = ("操作人", "By"),
        // What the free-text details of acts count and say (see Phrase).
        ["rows"] = ("行", "rows"),
        ["residents"] = ("居民", "residents"),
        ["moved"] = ("迁移", "moved"),
        ["ID numbers masked"] = ("身份证号已脱敏", "ID numbers masked"),
        ["ID numbers whole"] = ("含完整身份证号", "whole ID numbers"),
        ["unknown user name"] = ("用户名不存在", "unknown user name"),
        ["account disabled"] = ("账号已停用", "account disabled"),
        ["locked out"] = ("账号已锁定", "locked out"),
        ["wrong password"] = ("密码错误", "wrong password"),
    };

    /// <summary>Values stored under their code names (the registry's enumerations, the seeding account).</summary>
    private static readonly Dictionary<string, (string Chinese, string English)> Values = new(StringComparer.Ordinal)
    {
        ["Living"] = ("在住", "living here"), ["MovedOut"] = ("已迁出", "moved out"), ["Deceased"] = ("已故", "deceased"),
        ["Male"] = ("男", "male"), ["Female"] = ("女", "female"),
        ["Registered"] = ("户籍", "registered"), ["Permanent"] = ("常住", "permanent"), ["Mobile"] = ("流动", "mobile"),
        ["Head"] = ("户主", "head"), ["Spouse"] = ("配偶", "spouse"), ["Child"] = ("子女", "child"), ["Parent"] = ("父母", "parent"),
        ["Owned"] = ("自有", "owned"), ["Rented"] = ("租住", "rented"), ["Public"] = ("公房", "public housing"), ["Other"] = ("其他", "other"),
        ["system"] = ("系统", "system"), ["seed"] = ("系统初始化", "seeding"),
    };

    /// <summary>The registry's enumerations by the field that stores them, in the order of their numbers.</summary>
    private static readonly Dictionary<string, string[]> Enumerations = new(StringComparer.Ordinal)
    {
        ["Gender"] = ["Male", "Female"],
        ["Status"] = ["Living", "MovedOut", "Deceased"],
        ["ResidenceType"] = ["Registered", "Permanent", "Mobile"],
        ["Tenure"] = ["Owned", "Rented", "Public", "Other"],
    };

    /// <summary>A value as stored (an account name, an enumeration's code) in the reader's language when it is a code.</summary>
    public static string Value(string? value) =>
        value is not null && Values.TryGetValue(value, out var v) ? Lang.T(v.Chinese, v.English) : value ?? "";

    /// <summary>Fields that say nothing to a reader of the trail.</summary>
    private static readonly HashSet<string> Silent = new(StringComparer.Ordinal) { "ConcurrencyStamp", "IsDeleted", "IdNumberToken", "Id" };

    /// <summary>An act, a kind of record (or several, comma-separated) or a field in the reader's language.</summary>
    public static string Say(string? code)
    {
        if (string.IsNullOrEmpty(code)) return "";
        if (code.Contains(',')) return string.Join(Lang.T("、", ", "), code.Split(',').Select(Say));
        if (Words.TryGetValue(code, out var word) || Learned.TryGetValue(code, out word)) return Lang.T(word.Chinese, word.English);
        // A module's act (Grid.LedgerExported) the table knows by its last part.
        return code.LastIndexOf('.') is > 0 and var dot && Knows(code[(dot + 1)..]) ? Say(code[(dot + 1)..]) : code;
    }

    /// <summary>Every code the table knows, for the filters' choices.</summary>
    public static bool Knows(string code) => Words.ContainsKey(code) || Learned.ContainsKey(code);

    // The words of the installed modules' records (PlatformModule.AuditVocabulary), learnt when the host starts (AuditVocabularyAtStart):
    // a module added later names its records without this table being edited.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Chinese, string English)> Learned = new(StringComparer.Ordinal);

    // The modules' enumerations by "Record.Field" (PlatformModule.AuditEnumerations), learnt with their words.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<int, string?>> LearnedEnumerations = new(StringComparer.Ordinal);

    /// <summary>Takes in the modules' words for their kinds of record (the table's own words win).</summary>
    public static void Learn(IEnumerable<(string Code, string Chinese, string English)> words)
    {
        foreach (var (code, chinese, english) in words)
            if (!Words.ContainsKey(code)) Learned.TryAdd(code, (chinese, english));
    }

    /// <summary>Takes in the modules' enumerations, so a stored number reads as its word.</summary>
    public static void LearnEnumerations(IEnumerable<(string Field, Func<int, string?> Name)> enumerations)
    {
        foreach (var (field, name) in enumerations) LearnedEnumerations.TryAdd(field, name);
    }

    /// <summary>
    /// The stored detail as lines to read: "field: value" for a record made, "field: old → new" for one changed,
    /// "kind: count" for a bulk act. Text that is not such JSON is shown as it is.
    /// </summary>
    /// <param name="name">Names a value the caller knows better (a module's code name), or null.</param>
    /// <param name="subject">The kind of record: the registry's enumerations are read as words for its records only.</param>
    public static IReadOnlyList<(string Field, string Value)> Lines(string? detail, Func<string, string?>? name = null, string? subject = null)
    {
        var registry = subject is "Resident" or "Household";
        if (string.IsNullOrWhiteSpace(detail) || detail[0] != '{') return string.IsNullOrWhiteSpace(detail) ? [] : Phrase(detail);
        try
        {
            using var json = JsonDocument.Parse(detail);
            var lines = new List<(string, string)>();
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (Silent.Contains(property.Name)) continue;
                // Enumerations are stored as numbers: the field says which one, the number which value.
                var field = property.Name;
                string Read(JsonElement v) => registry && v.ValueKind == JsonValueKind.Number && Enumerations.TryGetValue(field, out var names)
                    && v.TryGetInt32(out var n) && n >= 0 && n < names.Length ? Value(names[n]) : Text(v, name, subject, field);
                var value = property.Value.ValueKind == JsonValueKind.Array
                    ? string.Join(" → ", property.Value.EnumerateArray().Select(Read))
                    : Read(property.Value);
                lines.Add((Say(property.Name), value));
            }

            return lines;
        }
        catch (JsonException)
        {
            return [("", detail)];
        }
    }

    /// <summary>
    /// A free-text detail as lines to read: "title: 12 rows, 3 stalls" counts each thing the table (or a module's
    /// vocabulary) names, "moved: Party=12" names the moved records, and a known phrase ("account disabled") reads in the
    /// reader's language. Anything else is shown as it is.
    /// </summary>
    private static IReadOnlyList<(string Field, string Value)> Phrase(string detail)
    {
        var lines = new List<(string, string)>();
        var text = detail.Trim();
        if (text.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon)
        {
            var head = text[..colon];
            lines.Add(("", Knows(head) ? Say(head) : head));
            text = text[(colon + 2)..];
        }

        foreach (var part in text.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var count = System.Text.RegularExpressions.Regex.Match(part, @"^(\d+) (\p{L}+)$");
            var moved = System.Text.RegularExpressions.Regex.Match(part, @"^(\w+)=(\d+)$");
            if (count.Success && Knows(count.Groups[2].Value)) lines.Add((Say(count.Groups[2].Value), count.Groups[1].Value));
            else if (moved.Success) lines.Add((Knows(moved.Groups[1].Value) ? Say(moved.Groups[1].Value) : moved.Groups[1].Value, moved.Groups[2].Value));
            else lines.Add(("", Knows(part) ? Say(part) : part));
        }

        return lines;
    }

    /// <summary>A JSON object (a step of an event, a value kept as JSON) as "field：value" pairs in the reader's language.</summary>
    private static string Pairs(JsonElement value, Func<string, string?>? name, string? subject) =>
        string.Join(Lang.T("，", ", "), value.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null && !Silent.Contains(p.Name))
            .Select(p => $"{Say(p.Name)}{Lang.T("：", ": ")}{Text(p.Value, name, subject, p.Name)}"));

    /// <summary>A value in the reader's language; <paramref name="subject"/> and <paramref name="field"/> say which enumeration a number is of.</summary>
    private static string Text(JsonElement value, Func<string, string?>? name, string? subject = null, string? field = null) => value.ValueKind switch
    {
        JsonValueKind.Object => Pairs(value, name, subject),
        JsonValueKind.Array => value.GetArrayLength() == 0 ? Lang.T("（无）", "(none)") : string.Join(Lang.T("；", "; "), value.EnumerateArray().Select(v => Text(v, name, subject, field))),
        JsonValueKind.Number when LearnedEnumerations.TryGetValue($"{subject}.{field}", out var of) && value.TryGetInt32(out var n) && of(n) is { } word => word,
        JsonValueKind.String when value.GetString() is { } s && name?.Invoke(s) is { } known => known,
        JsonValueKind.String when value.GetString() is { Length: > 10 } s && s[10] == 'T' && DateTime.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out var at)
            => CommunityPlatform.Application.CommunityCalendar.Show(at),
        JsonValueKind.Null => Lang.T("（空）", "(empty)"),
        JsonValueKind.True => Lang.T("是", "yes"),
        JsonValueKind.False => Lang.T("否", "no"),
        JsonValueKind.String when Guid.TryParse(value.GetString(), out var id) => Lang.T("编号", "id ") + id.ToString("N")[..8],
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? Values.TryGetValue(s, out var v) ? Lang.T(v.Chinese, v.English) : s : Lang.T("（空）", "(empty)"),
        _ => value.GetRawText(),
    };
}

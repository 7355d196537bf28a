using System.Net.Http.Json;
using System.Text.Json;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// Each business module's busiest list and busiest write, as the first community's secretary makes them: the ledger a
/// worker opens most (a page of 20) and the record a worker adds most, with a body that stays valid when wrk sends it
/// thousands of times. The ids a body needs are read (or, for the Party, made) through the API first.
/// </summary>
internal static class ModuleWorkload
{
    /// <summary>One request to load; <paramref name="Missing"/> says why it cannot be made in this city (then it is not measured).</summary>
    public sealed record Request(string Module, string Name, string Path, string? Body = null, string? Missing = null);

    public static async Task<IReadOnlyList<Request>> PrepareAsync(PlatformClient api)
    {
        var residents = (await api.GetAsync("/api/residents/people?page=1&pageSize=30")).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()!).ToList();
        var requests = new List<Request>();
        requests.AddRange(await OrMissingAsync("PartyOrganization", () => PartyAsync(api, residents)));
        requests.AddRange(await OrMissingAsync("GridManagement", () => GridAsync(api)));
        requests.AddRange(Culture());
        requests.AddRange(Employment(residents));
        requests.AddRange(await OrMissingAsync("MarketRegister", () => MarketAsync(api)));
        return requests;
    }

    // A module whose ids cannot be read (switched off, or answering otherwise than expected) is reported, not the end of the run.
    private static async Task<IEnumerable<Request>> OrMissingAsync(string module, Func<Task<IEnumerable<Request>>> prepare)
    {
        try
        {
            return await prepare();
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or KeyNotFoundException or JsonException)
        {
            return [new(module, "list and write", "", Missing: $"its ids could not be read: {e.Message}")];
        }
    }

    /// <summary>
    /// The member register, and a branch meeting (三会一课) with its attendance. The seed generator writes a branch of 20
    /// members in every community; a folder without them (an older generator's) gets a branch and members of the
    /// community's residents registered here first.
    /// </summary>
    private static async Task<IEnumerable<Request>> PartyAsync(PlatformClient api, IReadOnlyList<string> residents)
    {
        const string Module = "PartyOrganization";
        var units = await api.GetAsync("/api/party/organizations");
        string unit;
        if (units.GetArrayLength() > 0) unit = units[0].GetProperty("id").GetString()!;
        else unit = await CreatedIdAsync(api, "/api/party/organizations", new { name = "第一党支部", kind = "branch" });

        var members = await api.GetAsync($"/api/party/members?unitId={unit}&page=1&pageSize=20");
        if (members.GetProperty("total").GetInt32() < 20)
        {
            // A resident already registered answers 422: the next one is tried.
            foreach (var resident in residents)
                using (await api.PostAsync("/api/party/members", new
                       {
                           residentId = resident, unitId = unit, joinedOn = "2010-07-01", status = "full", fullSince = "2011-07-01", category = "retired",
                       }))
                {
                }

            members = await api.GetAsync($"/api/party/members?unitId={unit}&page=1&pageSize=20");
        }

        var attending = members.GetProperty("items").EnumerateArray().Take(8).Select(m => new { memberId = m.GetProperty("id").GetString(), present = true }).ToList();
        var meeting = Json(new { kind = "branchMembers", unitId = unit, heldOn = Today, topic = "主题党日：学习党章", attendance = attending });
        return
        [
            new(Module, "members (党员), list 20", "/api/party/members?page=1&pageSize=20"),
            new(Module, "branch meeting with attendance (三会一课)", "/api/party/meetings", meeting,
                attending.Count == 0 ? "no Party member could be registered (the first community has no residents)" : null),
        ];
    }

    /// <summary>The event pipeline (民情流水线), and a hotline call reported as an event on the community's grid.</summary>
    private static async Task<IEnumerable<Request>> GridAsync(PlatformClient api)
    {
        const string Module = "GridManagement";
        var grids = await api.GetAsync("/api/grid/grids");
        var grid = grids.GetArrayLength() > 0 ? grids[0].GetProperty("id").GetString() : null;
        return
        [
            new(Module, "events (民情事件), list 20", "/api/grid/events?page=1&pageSize=20"),
            new(Module, "report an event (hotline)", "/api/grid/events",
                Json(new { gridId = grid, source = "hotline", kind = "sanitation", title = "楼道堆放杂物", reporter = "居民" }),
                grid is null ? "no grid in the first community (the city was generated without --volume)" : null),
        ];
    }

    /// <summary>
    /// The activities, and a planned activity. Attendance is the more frequent record, but a check-in recounts its
    /// activity's row and refuses the same person twice: repeated by wrk it would measure 409s.
    /// </summary>
    private static IEnumerable<Request> Culture()
    {
        const string Module = "CultureTeams";
        var starts = DateTime.UtcNow.Date.AddDays(7).AddHours(11);
        return
        [
            new(Module, "activities (活动), list 20", "/api/culture/activities?page=1&pageSize=20"),
            new(Module, "plan an activity", "/api/culture/activities",
                Json(new { title = "广场舞展演", kind = "performance", place = "文化广场", startsAt = starts, endsAt = starts.AddHours(2) })),
        ];
    }

    /// <summary>The placements (就业安置) and a placement recorded for a resident.</summary>
    private static IEnumerable<Request> Employment(IReadOnlyList<string> residents)
    {
        const string Module = "EmploymentHelp";
        var resident = residents.FirstOrDefault();
        return
        [
            new(Module, "placements (就业安置), list 20", "/api/employment/placements?page=1&pageSize=20"),
            new(Module, "record a placement", "/api/employment/placements",
                Json(new { residentId = resident, kind = "employed", employer = "本地物业公司", job = "保洁员", startedOn = Today }),
                resident is null ? "no resident in the first community" : null),
        ];
    }

    /// <summary>The stalls (摊位) and a complaint received by phone (缺斤短两).</summary>
    private static async Task<IEnumerable<Request>> MarketAsync(PlatformClient api)
    {
        const string Module = "MarketRegister";
        var markets = await api.GetAsync("/api/market/markets");
        var market = markets.GetArrayLength() > 0 ? markets[0].GetProperty("id").GetString() : null;
        return
        [
            new(Module, "stalls (摊位), list 20", "/api/market/stalls?page=1&pageSize=20"),
            new(Module, "receive a complaint", "/api/market/complaints",
                Json(new { marketId = market, kind = "shortWeight", channel = "phone", complainantName = "顾客", description = "称重不足，复称少了二两" }),
                market is null ? "no market in the first community (the city was generated without --volume)" : null),
        ];
    }

    private static async Task<string> CreatedIdAsync(PlatformClient api, string path, object body)
    {
        using var response = await api.PostAsync(path, body);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    // Dates the API takes are China's (the community's day).
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Json(object body) => JsonSerializer.Serialize(body);
}

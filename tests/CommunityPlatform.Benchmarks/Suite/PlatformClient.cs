using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>The few API calls the suite makes itself: signing in and finding ids to put in the load runs' URLs.</summary>
public sealed class PlatformClient(Uri address) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = address };

    public string? Token { get; private set; }

    public async Task SignInAsync(string userName, string password)
    {
        var response = await http.PostAsJsonAsync("/api/account/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Token = body.GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (!body.GetProperty("mustChangePassword").GetBoolean()) return;

        // A first administrator must choose its own password before the API serves it; the change ends this token.
        (await http.PostAsJsonAsync("/api/account/password", new { currentPassword = password, newPassword = password })).EnsureSuccessStatusCode();
        await SignInAsync(userName, password);
    }

    public async Task<JsonElement> GetAsync(string path) => await http.GetFromJsonAsync<JsonElement>(path);

    /// <summary>
    /// The list the request-path figures compare (sections 1, 3 and 8): the first page of 20 residents of the account's
    /// first building, the same URL in every section so that their figures can be set side by side.
    /// </summary>
    public async Task<string> BuildingListAsync()
    {
        var building = (await GetAsync("/api/residents/buildings"))[0].GetProperty("id").GetString()!;
        return $"/api/residents/people?buildingId={building}&page=1&pageSize=20";
    }

    public async Task<HttpResponseMessage> PostAsync(string path, object body, string? community = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (community is not null) request.Headers.Add("X-Community", community);
        return await http.SendAsync(request);
    }

    /// <summary>How long one GET takes to answer in full (a cold sum over a city may take minutes: no client timeout short of that).</summary>
    public async Task<(TimeSpan Took, bool Ok)> TimeAsync(string path, string? cookie = null)
    {
        using var patient = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromMinutes(15) };
        if (cookie is null) patient.DefaultRequestHeaders.Authorization = http.DefaultRequestHeaders.Authorization;
        else patient.DefaultRequestHeaders.Add("Cookie", cookie);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await patient.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        return (clock.Elapsed, response.IsSuccessStatusCode);
    }

    /// <summary>Signs in on the console's form, as a browser on the wall would, and returns the session's cookie header.</summary>
    public async Task<string> ConsoleCookieAsync(string userName, string password)
    {
        var cookies = new System.Net.CookieContainer();
        using var console = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = http.BaseAddress };
        var form = await console.GetStringAsync("/account/signin");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var signedIn = await console.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
        }));
        if (signedIn.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"The console sign-in of {userName} answered {signedIn.StatusCode}.");
        return cookies.GetCookieHeader(http.BaseAddress!);
    }

    public void Dispose() => http.Dispose();
}

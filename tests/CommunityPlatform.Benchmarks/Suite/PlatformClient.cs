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

    public async Task<HttpResponseMessage> PostAsync(string path, object body, string? community = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (community is not null) request.Headers.Add("X-Community", community);
        return await http.SendAsync(request);
    }

    public void Dispose() => http.Dispose();
}

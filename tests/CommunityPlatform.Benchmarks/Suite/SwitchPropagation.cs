using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// How long a module switch made on host A takes to be seen on host B (issue 20: "a module switched off on instance A
/// answers 404 Module.Disabled on instance B at once"): the city's administrator switches the Party module of the
/// seeded community off and on again on A; the community's secretary asks B one request after another, from A's answer
/// to B's first changed answer. The resolution is one request on B (a millisecond or two).
/// </summary>
public sealed class SwitchPropagation(Uri a, Uri b, string community) : IDisposable
{
    private const string Module = "PartyOrganization";
    private const string Read = "/api/party/organizations";

    /// <summary>Beyond the fallback time-to-live (30 s), by which B would see the switch even with no message at all.</summary>
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public sealed record Times(IReadOnlyList<TimeSpan> Off, IReadOnlyList<TimeSpan> On, string? Failure);

    public async Task<Times> MeasureAsync(int rounds)
    {
        string admin, secretary;
        using (var onA = new PlatformClient(a))
        {
            await onA.SignInAsync("admin", SuiteOptions.Password);
            admin = onA.Token!;
        }

        using (var onB = new PlatformClient(b))
        {
            await onB.SignInAsync($"{community}-secretary", SuiteOptions.Password);
            secretary = onB.Token!;
        }

        var off = new List<TimeSpan>();
        var on = new List<TimeSpan>();
        // B has read the switches into its cache before A changes anything.
        using (var first = await SendAsync(HttpMethod.Get, b, Read, secretary))
            if (first.StatusCode != HttpStatusCode.OK) return new Times(off, on, $"the secretary's first read on B answered {(int)first.StatusCode}");

        var path = $"/api/platform/communities/{community}/modules/{Module}";
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                using (var switched = await SendAsync(HttpMethod.Delete, a, path, admin))
                    if (!switched.IsSuccessStatusCode) return new Times(off, on, $"switching {Module} off on A answered {(int)switched.StatusCode}");
                if (await UntilAsync(secretary, IsDisabledAsync) is not { } seenOff) return new Times(off, on, $"B did not answer Module.Disabled within {GiveUp.TotalSeconds:0} s");
                off.Add(seenOff);

                using (var switched = await SendAsync(HttpMethod.Put, a, path, admin))
                    if (!switched.IsSuccessStatusCode) return new Times(off, on, $"switching {Module} on again on A answered {(int)switched.StatusCode}");
                if (await UntilAsync(secretary, answer => Task.FromResult(answer.StatusCode == HttpStatusCode.OK)) is not { } seenOn)
                    return new Times(off, on, $"B did not serve the module again within {GiveUp.TotalSeconds:0} s");
                on.Add(seenOn);
            }
        }
        finally
        {
            // The community keeps its module whatever happened (the switch on is idempotent).
            (await SendAsync(HttpMethod.Put, a, path, admin)).Dispose();
        }

        return new Times(off, on, null);
    }

    public void Dispose() => http.Dispose();

    /// <summary>Asks B one request after another until the answer is the awaited one; the time from the call, or null past <see cref="GiveUp"/>.</summary>
    private async Task<TimeSpan?> UntilAsync(string token, Func<HttpResponseMessage, Task<bool>> awaited)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < GiveUp)
        {
            using var answer = await SendAsync(HttpMethod.Get, b, Read, token);
            if (await awaited(answer)) return clock.Elapsed;
        }

        return null;
    }

    private static async Task<bool> IsDisabledAsync(HttpResponseMessage answer)
    {
        if (answer.StatusCode != HttpStatusCode.NotFound || answer.Content.Headers.ContentType?.MediaType != "application/problem+json") return false;
        using var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return problem.RootElement.TryGetProperty("code", out var code) && code.GetString() == "Module.Disabled";
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri host, string path, string token)
    {
        using var request = new HttpRequestMessage(method, new Uri(host, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }
}

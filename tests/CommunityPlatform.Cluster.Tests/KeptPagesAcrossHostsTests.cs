using System.Net;
using System.Text.RegularExpressions;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>A page B keeps is made afresh once A writes in its community: the write is told on the cluster channel.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class KeptPagesAcrossHostsTests(TwoHosts cluster)
{
    private const string Events = "/grid/events";

    [ClusterFact]
    public async Task A_page_kept_on_B_shows_a_write_made_on_A()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = cluster.B.Address };
        await SignInAsync(browser, "xincun-secretary");
        await browser.GetAsync(Events);
        (await browser.GetAsync(Events)).Headers.Contains("X-Page-Made-At").ShouldBeTrue("B keeps the page it made");

        var secretary = await Api.SignInAsync(cluster.A, "xincun-secretary");
        var grids = await secretary.JsonAsync(HttpMethod.Get, "/api/grid/grids?level=buildingGroup");
        var title = "跨实例留存页" + Guid.NewGuid().ToString("N")[..6];
        (await secretary.PostAsync("/api/grid/events", new { gridId = grids.AsArray()[0]!["id"]!.GetValue<string>(), source = "hotline", kind = "sanitation", title }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        await Eventually.HoldsAsync("B's page shows A's write", async () => (await browser.GetStringAsync(Events)).Contains(title));
    }

    private static async Task SignInAsync(HttpClient browser, string userName)
    {
        var form = await browser.GetStringAsync("/account/signin");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = TwoHosts.Password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Antiforgery().Match(form).Groups[1].Value),
            }),
        };
        post.Headers.Add("X-Forwarded-For", Api.NextAddress());
        (await browser.SendAsync(post)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

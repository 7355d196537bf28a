using System.Net;
using System.Text.RegularExpressions;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>The data-protection key ring is shared: a form, a session cookie made by one instance is read by the other.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class CookiesAcrossHostsTests(TwoHosts cluster)
{
    [ClusterFact]
    public async Task The_sign_in_form_of_A_is_accepted_by_B_and_the_session_B_makes_is_accepted_by_A()
    {
        // One browser: cookies go to 127.0.0.1 whatever the port, as they go to one site behind a load balancer.
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);

        var form = await browser.GetStringAsync(new Uri(cluster.A.Address, "/account/signin"));
        var token = WebUtility.HtmlDecode(Antiforgery().Match(form).Groups[1].Value);
        token.ShouldNotBeEmpty("the sign-in page of A has an antiforgery token");

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(cluster.B.Address, "/account/signin"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "xincun-secretary",
                ["Password"] = TwoHosts.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("X-Forwarded-For", Api.NextAddress());
        var signedIn = await browser.SendAsync(post);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        signedIn.Headers.Location.ShouldNotBeNull().ToString().ShouldNotContain("/account/signin");

        var home = await browser.GetAsync(new Uri(cluster.A.Address, "/"));
        home.StatusCode.ShouldBe(HttpStatusCode.OK, $"A sent the session of B to {home.Headers.Location}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

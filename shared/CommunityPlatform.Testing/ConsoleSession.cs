using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CommunityPlatform.Testing;

/// <summary>A browser-like client of the console: keeps cookies, reads the antiforgery token of each form, follows no redirects.</summary>
public sealed partial class ConsoleSession(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static ConsoleSession Open<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory) where TEntryPoint : class =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<ConsoleSession> SignInAsync<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory, string userName, string password = PlatformFactory.Password)
        where TEntryPoint : class
    {
        var session = Open(factory);
        var answer = await session.SubmitAsync("/account/signin", new() { ["UserName"] = userName, ["Password"] = password });
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect, await answer.Content.ReadAsStringAsync());
        return session;
    }

    public async Task<string> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"GET {url} → {response.Headers.Location} {html[..Math.Min(html.Length, 500)]}");
        return html;
    }

    /// <summary>Loads the page of <paramref name="formUrl"/>, then posts its form with the given fields and the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formUrl, Dictionary<string, string> fields, string? postUrl = null)
    {
        var html = await (await Client.GetAsync(formUrl)).Content.ReadAsStringAsync();
        var token = Token().Match(html);
        token.Success.ShouldBeTrue($"no antiforgery token on {formUrl}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await Client.PostAsync(postUrl ?? formUrl, new FormUrlEncodedContent(fields));
    }

    /// <summary>Asserts that the console refused a form: sent to the access-denied page, not to where a saved form goes.</summary>
    public static async Task ShouldBeDeniedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location.ShouldNotBeNull().ToString().ShouldContain("/account/denied");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// Every endpoint requires an account unless it is meant to be public. Read from the host's own endpoint table — API
/// operations, console pages and minimal endpoints alike, documented or not — so an endpoint added later is covered
/// without a test of its own: a new public one fails until it is named here, a new private one must refuse strangers.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AnonymousAccessTests(PlatformFixture platform)
{
    /// <summary>What a person without an account may reach, and why.</summary>
    private static readonly string[] Public =
    [
        "POST /api/account/token",                    // signing in
        "ANY /account/signin", "ANY /account/signout", // the console's sign-in (pages answer any method)
        "GET /console/language",                      // the language switch, also on the sign-in page
        "ANY /console/problem/{status:int?}",         // the console's error page, which a failed request is re-executed to (says nothing of any record)
        "ANY /health/live", "ANY /health/ready",      // the load balancer's probes
        "GET /openapi/{documentName}.json",           // the API reference: anonymous only where settings allow (README)
        "GET /scalar/{documentName?}", "GET /scalar/scalar.js", "GET /scalar/scalar.aspnetcore.js", "GET /scalar/favicon.svg",
        "GET /api/grid/public/signboards/{code}",     // a grid's public signboard (QR code on the wall)
        "ANY /grid/signboards/{code}",
        "GET /api/culture/public/calendars/{community}", // a community's culture calendar (QR code on the notice board)
        "ANY /culture/{community}/calendar",
        "POST /api/culture/public/calendars/{community}/check-in/{code}", // QR check-in at an activity, rate-limited
        "ANY /culture/{community}/check-in/{code}",
        "GET /api/market/public/notices/{code}",      // a stall allocation's public notice (公示), masked names only
        "ANY /market/notices/{code}",
        "GET /api/market/public/badges/{number}",     // a vendor's public card (QR code on the badge)
        "ANY /market/badges/{number}",
    ];

    [Fact]
    public void Only_the_named_endpoints_are_public()
    {
        var open = Endpoints().Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.Name).Distinct().ToList();

        open.Except(Public).ShouldBeEmpty("public endpoints nobody named");
    }

    [Fact]
    public async Task Every_other_endpoint_refuses_a_stranger()
    {
        var client = platform.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var wrong = new List<string>();
        var tried = new List<string>();
        foreach (var (name, endpoint) in Endpoints().Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null))
        foreach (var method in name.StartsWith("ANY ", StringComparison.Ordinal) ? ["GET", "POST"] : new[] { name.Split(' ')[0] })
        {
            var path = Fill(((RouteEndpoint)endpoint).RoutePattern);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method != "GET") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            var refused = path.StartsWith("/api", StringComparison.Ordinal)
                ? response.StatusCode == HttpStatusCode.Unauthorized && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                : response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && response.Headers.Location!.ToString().Contains("/account/signin")
                  || response.StatusCode == HttpStatusCode.BadRequest && method != "GET"; // a console form's antiforgery check comes first
            tried.Add($"{method} {path}");
            if (!refused) wrong.Add($"{name} ({path}) → {(int)response.StatusCode}");
        }

        // The sweep reached the API and the console, not an empty table.
        tried.ShouldContain("GET /api/account/me");
        tried.ShouldContain("GET /residents/people");
        wrong.ShouldBeEmpty();
    }

    private IEnumerable<(string Name, Endpoint Endpoint)> Endpoints()
    {
        platform.Factory.CreateClient().Dispose();
        var sources = platform.Factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods.Where(m => m != "HEAD" && m != "OPTIONS"))
                yield return ($"{method} /{endpoint.RoutePattern.RawText?.TrimStart('/')}", endpoint);
        }
    }

    /// <summary>A concrete path for a route: a made-up id or code for each parameter (none of them need exist to be refused).</summary>
    private static string Fill(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart { IsCatchAll: true } => "x",
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.Empty.ToString(),
            RoutePatternParameterPart => "x",
            _ => "",
        }))));
}

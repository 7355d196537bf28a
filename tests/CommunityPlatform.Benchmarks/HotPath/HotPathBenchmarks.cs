using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using CommunityPlatform.Identity.Data;
using CommunityPlatform.Residents;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Benchmarks.HotPath;

/// <summary>
/// What the kernel adds to every request before the controller: account access, community resolution (own community
/// or <c>X-Community</c>), the module switch and the permission check — with warm caches, as after the first request.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private PlatformFixture fixture = null!;
    private EndpointPolicy middleware = null!;
    // One request scope for every run: the policy takes its services from the request's provider, as in the host.
    private IServiceScope scope = null!;
    private RequestContext current = null!;
    private DefaultHttpContext secretaryRequest = null!;
    private DefaultHttpContext cityRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        fixture = PlatformFixture.StartAsync().GetAwaiter().GetResult();
        var services = fixture.App.Services;
        scope = services.CreateScope();
        current = scope.ServiceProvider.GetRequiredService<RequestContext>();
        middleware = new EndpointPolicy(_ => Task.CompletedTask);

        using var scopeForIds = services.CreateScope();
        var ids = scopeForIds.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.AsNoTracking()
            .Where(a => a.UserName == "xincun-secretary" || a.UserName == "admin").ToDictionary(a => a.UserName!, a => (a.Id, a.SecurityStamp!));
        secretaryRequest = Request(ids["xincun-secretary"], community: null);
        cityRequest = Request(ids["admin"], community: "xincun");
        if (!SecretaryListsResidents() || !CityAdminListsResidentsOfOne())
            throw new InvalidOperationException("The hot path did not let the request through: the benchmark would measure a refusal.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        scope.Dispose();
        fixture.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A community account in its own community: no header.</summary>
    [Benchmark(Baseline = true)]
    public bool SecretaryListsResidents() => Run(secretaryRequest);

    /// <summary>A city account choosing the community by <c>X-Community</c> code.</summary>
    [Benchmark]
    public bool CityAdminListsResidentsOfOne() => Run(cityRequest);

    private bool Run(HttpContext http)
    {
        var pass = middleware.InvokeAsync(http);
        if (!pass.IsCompletedSuccessfully) pass.GetAwaiter().GetResult();
        return http.Response.StatusCode == 200 && current.Has(ResidentsPermissions.View);
    }

    private DefaultHttpContext Request((Guid Id, string Stamp) account, string? community)
    {
        var http = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()), new Claim(SecurityStamps.Claim, SecurityStamps.Digest(account.Stamp))], "Bearer")),
        };
        http.Request.Method = "GET";
        http.Request.Path = "/api/party/organizations";
        if (community is not null) http.Request.Headers[EndpointPolicy.CommunityHeader] = community;
        // The module gate runs for a switchable module's endpoint: the Party organisation module's.
        http.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(new RequiresCommunityAttribute(), new ModuleEndpoint("PartyOrganization", false), new RequiresPermissionAttribute(ResidentsPermissions.View)), "bench"));
        return http;
    }
}

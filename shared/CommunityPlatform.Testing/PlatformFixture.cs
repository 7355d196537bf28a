using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Testing;

/// <summary>
/// One host for a whole test project; tests isolate themselves by making fresh communities and accounts, not
/// databases. A test project derives its own fixture and names it in its xunit collection:
/// <code>
/// public sealed class PlatformFixture() : PlatformFixture&lt;Program&gt;(services => ...);
/// [CollectionDefinition(Name)] public sealed class PlatformCollection : ICollectionFixture&lt;PlatformFixture&gt; { public const string Name = "platform"; }
/// </code>
/// </summary>
public class PlatformFixture<TEntryPoint>(Action<IServiceCollection>? services = null) : IDisposable where TEntryPoint : class
{
    private readonly ConcurrentDictionary<string, string> tokens = new();

    public PlatformFactory<TEntryPoint> Factory { get; } = new(services: services);

    public HttpClient Anonymous() => Factory.CreateClient();

    public async Task<HttpClient> SignInAsync(string userName, string password = PlatformFactory.Password, string? community = null)
    {
        if (!tokens.TryGetValue(userName, out var token))
            token = tokens[userName] = await Factory.TokenAsync(userName, password);

        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (community is not null) client.DefaultRequestHeaders.Add("X-Community", community);
        return client;
    }

    public Task<HttpClient> AdminAsync(string? community = null) => SignInAsync("admin", community: community);

    public Task<HttpClient> SecretaryOfAsync(string code) => SignInAsync($"{code}-secretary");

    /// <summary>A new community of its own for a test, created by the city administrator like a real one.</summary>
    public async Task<JsonNode> NewCommunityAsync(params string[] modules)
    {
        var admin = await AdminAsync();
        var street = (await admin.GetJsonAsync("/api/platform/streets")).AsArray().First(s => s!["code"]!.GetValue<string>() == "renminlu")!;
        var code = "t" + Guid.NewGuid().ToString("N")[..10];
        var response = await admin.PostAsJsonAsync("/api/platform/communities", new { code, name = $"测试社区{code}", streetId = street["id"]!.GetValue<Guid>(), modules });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>A community account with the given roles in a community, ready to use.</summary>
    public async Task<HttpClient> NewAccountAsync(string community, params string[] roles)
    {
        var admin = await AdminAsync(community);
        var userName = "u" + Guid.NewGuid().ToString("N")[..12];
        var created = await admin.PostAsJsonAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles });
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return await SignInAsync(userName);
    }

    /// <summary>
    /// A street of its own with <paramref name="communities"/> new communities (with <paramref name="modules"/>) and its
    /// street account: sums over it are not disturbed by other tests' communities, which go to renminlu.
    /// </summary>
    public async Task<StreetOfItsOwn> NewStreetAsync(int communities, params string[] modules)
    {
        var admin = await AdminAsync();
        var district = (await admin.GetJsonAsync("/api/platform/districts")).AsArray().First()!;
        var code = "s" + Guid.NewGuid().ToString("N")[..10];
        var street = await admin.PostOkAsync("/api/platform/streets", new { code, name = $"测试街道{code}", districtId = district["id"]!.GetValue<Guid>() });
        var codes = new List<string>();
        for (var i = 0; i < communities; i++)
        {
            var community = $"{code}-{i + 1}";
            await admin.PostOkAsync("/api/platform/communities", new { code = community, name = $"测试社区{community}", streetId = street["id"]!.GetValue<Guid>(), modules });
            codes.Add(community);
        }

        var supervisor = $"{code}-supervisor";
        await admin.PostOkAsync("/api/identity/users", new { userName = supervisor, password = PlatformFactory.Password, kind = "street", streetId = street["id"]!.GetValue<Guid>() });
        return new StreetOfItsOwn(street["id"]!.GetValue<Guid>(), code, codes, supervisor);
    }

    /// <summary>
    /// Ends a test's community on a database of its own: its business modules are switched off (so the street's and the
    /// city's views, which read every community with a module on, leave it out), then the database is dropped.
    /// </summary>
    public async Task RetireOwnDatabaseAsync(string code, string database)
    {
        var admin = await AdminAsync();
        foreach (var module in (await admin.GetJsonAsync($"/api/platform/communities/{code}/modules")).AsArray())
            if (module!["isPlatform"]?.GetValue<bool>() != true && module["enabled"]?.GetValue<bool>() == true)
                await admin.DeleteAsync($"/api/platform/communities/{code}/modules/{module["name"]!.GetValue<string>()}");
        await OwnDatabase.DropAsync(Factory, database);
    }

    public void Dispose() => Factory.Dispose();
}

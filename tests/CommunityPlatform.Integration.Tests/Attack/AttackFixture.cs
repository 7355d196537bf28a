using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: the attack suite writes into the database on purpose (that is what a hole lets it do) and counts rows, so it
// runs on a host and database of its own, in its own collection, where no other test moves the counts. Everything
// the three parts share — the document, the accounts of both communities, the harvested ids — is made once here.

/// <summary>
/// The attack suite's host: community A (<c>xincun</c>) attacks community B (<c>chonghua</c>); B's ids are harvested
/// by B's own accounts before any attack runs. Every module is switched on in both, so requests reach the services.
/// </summary>
public sealed class AttackFixture : IAsyncLifetime
{
    public const string A = "xincun";
    public const string B = "chonghua";

    /// <summary>A street account whose street (dongshan) does not hold B (renminlu's).</summary>
    public const string OutsideStreet = "dongshan-supervisor";

    /// <summary>The password every account the suite signs in has after its first-sign-in change.</summary>
    public const string ChangedPassword = "Attack#2026xy";

    public PlatformFactory<Program> Factory { get; } = new();

    internal OpenApiDocument Api { get; private set; } = null!;
    internal RowCounts Rows { get; private set; } = null!;
    internal Actor Admin { get; private set; } = null!;

    /// <summary>A's secretary, A's accounts with every other role template, the outside street account.</summary>
    internal IReadOnlyList<Actor> Attackers { get; private set; } = [];

    internal Actor SecretaryOfA { get; private set; } = null!;
    internal Actor OutsideStreetAccount { get; private set; } = null!;

    /// <summary>B's secretary, signed in before any attack: its token stays good even if an attack changes its password.</summary>
    internal Actor SecretaryOfB { get; private set; } = null!;

    /// <summary>A secretary of A that only the fuzz uses, so that its refused password changes lock nobody else out.</summary>
    internal Actor Fuzzer { get; private set; } = null!;

    internal IdPool IdsOfA { get; private set; } = null!;
    internal IdPool IdsOfB { get; private set; } = null!;
    internal string CommunityIdOfA { get; private set; } = "";
    internal string CommunityIdOfB { get; private set; } = "";

    /// <summary>Ids that are nobody's community data: streets, districts, city and street accounts.</summary>
    internal HashSet<string> Shared { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ids that both A's and B's own accounts saw: a leak to one of them (reported by the sweep).</summary>
    internal IReadOnlyList<string> SeenByBoth { get; private set; } = [];

    /// <summary>Role templates as the host lists them, and the permissions.</summary>
    internal JsonArray Roles { get; private set; } = [];

    /// <summary>The street's template, for the permissions it holds beyond every community template.</summary>
    internal JsonNode StreetTemplate { get; private set; } = new JsonObject();
    internal JsonArray Permissions { get; private set; } = [];
    internal IReadOnlyList<string> BusinessModules { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var anonymous = Factory.CreateClient();
        Api = OpenApiDocument.Parse(await anonymous.GetJsonAsync("/openapi/v1.json"));
        Api.Operations.Count.ShouldBeGreaterThan(50, "the OpenAPI document lists too few operations to attack");
        Rows = new RowCounts(Factory);
        Admin = await SignInAsync("admin", PlatformFactory.Password, "admin");
        var admin = Admin.Client();
        BusinessModules = (await admin.GetJsonAsync("/api/platform/modules")).AsArray()
            .Where(m => !m!["isPlatform"]!.GetValue<bool>()).Select(m => m!.Str("name")).ToList();
        await EnableAllModulesAsync(A, B);
        // The roles a community can grant: its templates (the street's is held by street accounts, never granted here).
        Roles = (await Admin.Client(A).GetJsonAsync("/api/identity/roles")).AsArray();
        StreetTemplate = (await admin.GetJsonAsync("/api/identity/roles")).AsArray().Single(r => r!.Str("name") == CommunityPlatform.Permissions.RoleNames.StreetReadOnly)!;
        Permissions = (await admin.GetJsonAsync("/api/identity/permissions")).AsArray();

        SecretaryOfA = await SignInAsync($"{A}-secretary", PlatformFactory.Password, $"{A}-secretary");
        SecretaryOfB = await SignInAsync($"{B}-secretary", PlatformFactory.Password, $"{B}-secretary");
        OutsideStreetAccount = await SignInAsync(OutsideStreet, PlatformFactory.Password, OutsideStreet);

        // A's staff: one account per role template other than the secretary's; the grid worker posted on A's top grid.
        var attackers = new List<Actor> { SecretaryOfA };
        foreach (var template in Roles.Select(r => r!.Str("name")).Where(r => r != CommunityPlatform.Permissions.RoleNames.Secretary))
            attackers.Add(await NewAccountAsync(A, $"{A} {template}", template));
        foreach (var worker in attackers.Where(a => a.Label.EndsWith(CommunityPlatform.GridManagement.GridRoles.Worker, StringComparison.Ordinal)).ToList())
            await PostOnTopGridAsync(worker);
        attackers.Add(OutsideStreetAccount);
        Attackers = attackers;
        Fuzzer = await NewAccountAsync(A, $"{A} fuzz secretary", CommunityPlatform.Permissions.RoleNames.Secretary);
        // Accounts whose ids the attacks may use: B's victim (B's secretary is kept for the explicit takeover test), A's punching bag.
        await NewAccountAsync(B, $"{B} victim", CommunityPlatform.Permissions.RoleNames.Secretary);
        await NewAccountAsync(A, $"{A} fuzz target", "residents-staff");

        IdsOfB = await IdPool.HarvestAsync(Api, [(SecretaryOfB.Client(), _ => true), (Admin.Client(B), o => o.IsCommunityScoped)], B);
        IdsOfA = await IdPool.HarvestAsync(Api, [(SecretaryOfA.Client(), _ => true), (Admin.Client(A), o => o.IsCommunityScoped)], A);
        IdsOfB.Avoid.Add(SecretaryOfB.Id.ToString());
        foreach (var actor in attackers.Append(Fuzzer)) IdsOfA.Avoid.Add(actor.Id.ToString());
        CommunityIdOfA = (await SecretaryOfA.Client().GetJsonAsync("/api/account/me"))["currentCommunity"]!.Id();
        CommunityIdOfB = (await SecretaryOfB.Client().GetJsonAsync("/api/account/me"))["currentCommunity"]!.Id();
        IdsOfB.Ids.Count.ShouldBeGreaterThan(100, $"too few of {B}'s ids were harvested for the sweep to mean anything");

        foreach (var street in (await admin.GetJsonAsync("/api/platform/streets")).AsArray())
            Shared.UnionWith([street!.Id(), street!.Str("districtId")]);
        foreach (var district in (await admin.GetJsonAsync("/api/platform/districts")).AsArray())
            Shared.Add(district!.Id());
        var everyone = await admin.GetJsonAsync("/api/identity/users?pageSize=100");
        var accounts = everyone["items"]!.AsArray();
        accounts.Count.ShouldBe(everyone["total"]!.GetValue<int>(), "the city's accounts no longer fit one page");
        Shared.UnionWith(accounts.Where(a => a!.Str("kind") != "community").Select(a => a!.Id()));

        SeenByBoth = IdsOfB.Ids.Intersect(IdsOfA.Ids, StringComparer.OrdinalIgnoreCase).Where(id => !Shared.Contains(id)).ToList();
    }

    /// <summary>B's ids that reveal B's data when someone else's answer holds one: harvested, not shared, not seen by A too, plus B's own id.</summary>
    internal IReadOnlySet<string> DataOfB()
    {
        var ids = IdsOfB.Ids.Where(id => !Shared.Contains(id)).Except(SeenByBoth, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);
        ids.Add(CommunityIdOfB);
        return ids;
    }

    internal async Task EnableAllModulesAsync(params string[] communities)
    {
        var admin = Admin.Client();
        foreach (var community in communities)
        foreach (var module in BusinessModules)
        {
            var response = await admin.PutAsync($"/api/platform/communities/{community}/modules/{module}", null);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"switching {module} on in {community}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>
    /// Takes back every role an account of B holds in <paramref name="community"/>. A hole that granted one makes B's
    /// account a member there, and every later attack on it would then succeed for that reason alone.
    /// </summary>
    internal async Task RevokeGrantsOfBAsync(string community)
    {
        var admin = Admin.Client(community);
        var members = (await admin.GetJsonAsync("/api/identity/users?pageSize=100"))["items"]!.AsArray();
        foreach (var member in members.Where(m => IdsOfB.Ids.Contains(m!.Id(), StringComparer.OrdinalIgnoreCase)))
        {
            var revoked = await admin.PutAsJsonAsync($"/api/identity/users/{member!.Id()}/roles", new { roles = Array.Empty<string>() });
            revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Signs in; an account that must change its password first changes it to <see cref="ChangedPassword"/> and signs in again.</summary>
    internal async Task<Actor> SignInAsync(string userName, string password, string label)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/token", new { userName, password });
        var token = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"signing in {userName}: {token.ToJsonString()}");
        if (token["mustChangePassword"]?.GetValue<bool>() == true)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));
            var changed = await client.PostAsJsonAsync("/api/account/password", new { currentPassword = password, newPassword = ChangedPassword });
            changed.StatusCode.ShouldBe(HttpStatusCode.NoContent, $"{userName} changing its first password: {await changed.Content.ReadAsStringAsync()}");
            return await SignInAsync(userName, ChangedPassword, label);
        }

        var actor = new Actor(label, userName, Guid.Empty, "", token.Str("accessToken"), Factory);
        var me = await actor.Client().GetJsonAsync("/api/account/me");
        return actor with { Id = Guid.Parse(me.Id()), Kind = me.Str("kind") };
    }

    /// <summary>A new community account with the roles in the community, created by the city administrator, past its first password change.</summary>
    internal async Task<Actor> NewAccountAsync(string community, string label, params string[] roles)
    {
        var userName = "atk" + Guid.NewGuid().ToString("N")[..12];
        await Admin.Client(community).PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles });
        return await SignInAsync(userName, PlatformFactory.Password, label);
    }

    /// <summary>Posts a grid worker on the first grid its community lists (the top one), so that it sees the grids below.</summary>
    private async Task PostOnTopGridAsync(Actor worker)
    {
        var staff = Api.Operations.FirstOrDefault(o => o.Method == "POST" && o.Path == "/api/grid/grids/{id}/staff");
        if (staff is null) return;
        var grids = (await SecretaryOfA.Client().GetJsonAsync("/api/grid/grids")).AsArray();
        await SecretaryOfA.Client().PostOkAsync($"/api/grid/grids/{grids.First()!.Id()}/staff", new { name = "攻击网格员", role = "gridWorker", accountId = worker.Id });
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class AttackCollection : ICollectionFixture<AttackFixture>
{
    public const string Name = "attack";
}

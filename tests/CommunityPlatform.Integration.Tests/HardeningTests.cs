using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests;

/// <summary>What a city running the host for years with real residents' data needs from it.</summary>
public sealed class HardeningTests
{
    [Fact]
    public async Task Sign_in_is_rate_limited_with_a_429_problem()
    {
        using var factory = new PlatformFactory<Program>(new Dictionary<string, string?> { ["Platform:SignIn:PermitPerMinute"] = "3" });
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
            (await client.PostAsJsonAsync("/api/account/token", new { userName = "admin", password = "Wrong@2026" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var refused = await client.PostAsJsonAsync("/api/account/token", new { userName = "admin", password = PlatformFactory.Password });

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Request.TooMany");
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public void Production_refuses_a_generated_signing_key_and_demo_passwords()
    {
        using var factory = new PlatformFactory<Program>(environment: "Production");

        var error = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

        error.Message.ShouldContain("Platform:Jwt:SigningKey");
        error.Message.ShouldContain("Seed:DemoPassword");
    }

    [Fact]
    public async Task Production_with_its_own_key_starts_but_is_not_ready_until_migrated()
    {
        using var factory = new PlatformFactory<Program>(
            new Dictionary<string, string?>
            {
                ["Platform:Jwt:SigningKey"] = Convert.ToBase64String(new byte[48].Select((_, i) => (byte)(i * 7 + 3)).ToArray()),
                ["Seed:Demo"] = "false",
                ["Seed:DemoPassword"] = "",
            },
            environment: "Production");
        var client = factory.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Tokens_and_protected_data_survive_a_restart_because_the_keys_live_in_the_data_folder()
    {
        var name = Guid.NewGuid().ToString("N")[..12];
        string token;
        string protectedText;
        using (var first = new PlatformFactory<Program>(name: name) { KeepData = true })
        {
            token = (await (await first.CreateClient().PostAsJsonAsync("/api/account/token", new { userName = "admin", password = PlatformFactory.Password })).JsonAsync()).Str("accessToken");
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("居民");
            File.Exists(Path.Combine(first.DataFolder, "signing-key")).ShouldBeTrue();
            Directory.EnumerateFiles(Path.Combine(first.DataFolder, "keys"), "*.xml").ShouldNotBeEmpty();
        }

        using var second = new PlatformFactory<Program>(name: name);
        var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        (await client.GetJsonAsync("/api/account/me")).Str("userName").ShouldBe("admin");
        second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText).ShouldBe("居民");
    }

    [Fact]
    public async Task Passwords_and_ID_numbers_never_reach_the_logs()
    {
        using var factory = new PlatformFactory<Program>(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" });
        var client = factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/account/token", new { userName = "xincun-secretary", password = PlatformFactory.Password })).JsonAsync();
        await client.PostAsJsonAsync("/api/account/token", new { userName = "xincun-secretary", password = "Secret#Wrong99" });
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));
        var idNumber = TestIds.Next();
        (await client.PostAsJsonAsync("/api/residents/people", new { name = "日志测试", idNumber, phone = "13912345678" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        string[] lines;
        lock (factory.Logged) lines = [.. factory.Logged];
        lines.ShouldContain(l => l.Contains("/api/residents/people") && l.Contains("201"));
        lines.ShouldNotContain(l => l.Contains(PlatformFactory.Password) || l.Contains("Secret#Wrong99"));
        lines.ShouldNotContain(l => l.Contains(idNumber) || l.Contains("13912345678"));
    }

    [Fact]
    public async Task Behind_a_known_proxy_the_sign_in_limit_counts_each_client_address_apart()
    {
        var name = Guid.NewGuid().ToString("N")[..12];
        var dataFolder = Path.Combine(Path.GetTempPath(), "community-platform-tests", name);
        var database = PlatformFactory.MySqlServer is null ? null : "cp_proxy_" + name;
        try
        {
            await using var host = await HostProcess.StartAsync(dataFolder, database, new Dictionary<string, string>
            {
                ["Platform__KnownProxies__0"] = "127.0.0.1",
                ["Platform__SignIn__PermitPerMinute"] = "2",
            });
            using var client = new HttpClient { BaseAddress = host.Address };

            async Task<HttpResponseMessage> SignInFrom(string address)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/token") { Content = JsonContent.Create(new { userName = "admin", password = "Wrong@2026" }) };
                request.Headers.Add("X-Forwarded-For", address);
                return await client.SendAsync(request);
            }

            (await SignInFrom("203.0.113.7")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await SignInFrom("203.0.113.7")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            await (await SignInFrom("203.0.113.7")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Request.TooMany");
            (await SignInFrom("203.0.113.8")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        finally
        {
            if (database is not null) await PlatformFactory.DropAsync(database);
            if (Directory.Exists(dataFolder)) Directory.Delete(dataFolder, recursive: true);
        }
    }

    [Fact]
    public async Task While_the_database_is_unreachable_requests_answer_503_with_Retry_After_and_recover_when_it_returns()
    {
        var name = Guid.NewGuid().ToString("N")[..12];
        await using var outage = DatabaseOutage.For(name);
        using var factory = new PlatformFactory<Program>(outage.Settings, name);
        var anonymous = factory.CreateClient();
        var token = (await anonymous.PostOkAsync("/api/account/token", new { userName = "xincun-secretary", password = PlatformFactory.Password }, HttpStatusCode.OK)).Str("accessToken");
        var secretary = factory.CreateClient();
        secretary.DefaultRequestHeaders.Authorization = new("Bearer", token);
        (await secretary.GetAsync("/api/residents/people?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        try
        {
            outage.Begin();
            var read = await secretary.GetAsync("/api/residents/people?pageSize=1");
            var write = await secretary.PostAsJsonAsync("/api/residents/people", new { name = "停电时" });
            var signIn = await anonymous.PostAsJsonAsync("/api/account/token", new { userName = "xincun-secretary", password = PlatformFactory.Password });

            foreach (var response in new[] { read, write, signIn })
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "Server.Unavailable");
                response.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull().TotalSeconds.ShouldBeGreaterThan(0);
            }
        }
        finally
        {
            outage.End();
        }

        (await secretary.GetAsync("/api/residents/people?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_API_documents_need_a_signed_in_account_when_settings_say_they_are_not_anonymous()
    {
        using var factory = new PlatformFactory<Program>(new Dictionary<string, string?> { ["Platform:OpenApi:Anonymous"] = "false" });
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = (await anonymous.PostOkAsync("/api/account/token", new { userName = "xincun-secretary", password = PlatformFactory.Password }, HttpStatusCode.OK)).Str("accessToken");
        var bearer = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var console = await ConsoleSession.SignInAsync(factory, "xincun-secretary");

        await (await anonymous.GetAsync("/openapi/v1.json")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
        await (await anonymous.GetAsync("/scalar/")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
        var wrongToken = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        wrongToken.DefaultRequestHeaders.Authorization = new("Bearer", token[..^4] + "AAAA");
        await (await wrongToken.GetAsync("/openapi/v1.json")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");

        (await bearer.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject().ShouldContain(p => p.Key == "/api/residents/people");
        (await bearer.GetAsync("/scalar/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await console.Client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_API_documents_are_anonymous_in_Development_and_not_in_Production_by_default()
    {
        using var development = new PlatformFactory<Program>();
        using var production = new PlatformFactory<Program>(
            new Dictionary<string, string?>
            {
                ["Platform:Jwt:SigningKey"] = Convert.ToBase64String(new byte[48].Select((_, i) => (byte)(i * 7 + 3)).ToArray()),
                ["Seed:Demo"] = "false",
                ["Seed:DemoPassword"] = "",
            },
            environment: "Production");

        (await development.CreateClient().GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject().ShouldNotBeEmpty();
        (await development.CreateClient().GetAsync("/scalar/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await production.CreateClient().GetAsync("/openapi/v1.json")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
        await (await production.CreateClient().GetAsync("/scalar/")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
    }
}

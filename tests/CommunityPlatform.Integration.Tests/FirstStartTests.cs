using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace CommunityPlatform.Integration.Tests;

/// <summary>A city's first start, without demo data: only the administrator it was given exists.</summary>
public sealed class FirstStartTests : IDisposable
{
    private readonly PlatformFactory<Program> factory = new();

    [Fact]
    public async Task Without_demo_data_the_configured_administrator_is_created_and_must_change_the_password()
    {
        using var host = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Seed:Demo", "false");
            b.UseSetting("Platform:AdminPassword", "First#Start1");
        });
        var client = host.CreateClient();

        var token = await (await client.PostAsJsonAsync("/api/account/token", new { userName = "admin", password = "First#Start1" })).JsonAsync();
        token["mustChangePassword"]!.GetValue<bool>().ShouldBeTrue();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));
        await (await client.GetAsync("/api/platform/communities")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account.MustChangePassword");
        (await client.PostAsJsonAsync("/api/account/password", new { currentPassword = "First#Start1", newPassword = "Mine#Start2" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        token = await (await client.PostAsJsonAsync("/api/account/token", new { userName = "admin", password = "Mine#Start2" })).JsonAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));

        (await client.GetJsonAsync("/api/platform/communities"))["total"]!.GetValue<int>().ShouldBe(0);
        (await client.PostAsJsonAsync("/api/account/token", new { userName = "xincun-secretary", password = PlatformFactory.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose() => factory.Dispose();
}

using System.Text.RegularExpressions;

namespace CommunityPlatform.Integration.Tests.Language;

// Why: instants read back from SQLite have no kind, and were written without an offset ("2026-11-30T03:04:59.51"),
// so a client took UTC for its local time. Every instant the API writes says it is UTC.

/// <summary>Timestamps in the API carry their offset; the console shows China's clock.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class TimestampTests(PlatformFixture platform)
{
    [Fact]
    public async Task Instants_read_back_from_the_database_are_written_with_their_offset()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        await secretary.GetJsonAsync("/api/residents/people?pageSize=1");

        var audit = await (await platform.AdminAsync("xincun")).GetJsonAsync("/api/platform/audit?pageSize=20");

        var instants = audit["items"]!.AsArray().Select(e => e!.Str("at")).ToList();
        instants.ShouldNotBeEmpty();
        instants.ShouldAllBe(at => Utc().IsMatch(at));
    }

    [Fact]
    public async Task The_audit_page_shows_China_time()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");
        var secretary = await platform.SecretaryOfAsync("xincun");
        var someone = (await secretary.GetJsonAsync("/api/residents/people?pageSize=1"))["items"]![0]!.Id();
        var signedIn = DateTime.UtcNow.AddHours(8);
        (await secretary.GetAsync($"/api/residents/people/{someone}/id-number")).EnsureSuccessStatusCode();

        var html = await console.PageAsync("/platform/audit?act=Residents.IdNumberShown");

        var after = DateTime.UtcNow.AddHours(8);
        // The number was shown between the two readings of the clock: its China hour is one of theirs.
        (html.Contains(signedIn.ToString("yyyy-MM-dd HH:")) || html.Contains(after.ToString("yyyy-MM-dd HH:"))).ShouldBeTrue("the newest shown ID number, in China's hour");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
    private static partial Regex Utc();
}

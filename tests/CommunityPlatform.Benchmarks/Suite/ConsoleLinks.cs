using System.Text.RegularExpressions;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// The console pages an account can open, found as a person finds them: the menu's entries, and the plain links each
/// entry's page shows within its own area (a register, the plaques, the rhythm's meetings). Links to one record (an id
/// in the path), filtered variants (a query) and downloads are left out: the pages, not every row of them.
/// </summary>
internal static partial class ConsoleLinks
{
    private const int MostPages = 80;

    /// <summary>The pages, as the account whose session <paramref name="http"/> carries sees them.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(HttpClient http)
    {
        var menu = Menu().Match(await http.GetStringAsync("/")).Value;
        var entries = Links(menu).Distinct().ToList();
        var pages = new List<string> { "/" };
        pages.AddRange(entries);
        foreach (var entry in entries)
        {
            using var response = await http.GetAsync(entry);
            if (!response.IsSuccessStatusCode) continue;
            var area = "/" + entry.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            pages.AddRange(Links(await response.Content.ReadAsStringAsync()).Where(l => l.StartsWith(area + "/", StringComparison.Ordinal)));
        }

        return pages.Distinct().Take(MostPages).ToList();
    }

    private static IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(m => m.Groups[1].Value).Where(Page);

    private static bool Page(string path) =>
        !path.Contains('?') && !path.Contains('#') && !RecordId().IsMatch(path)
        && !path.StartsWith("/account/", StringComparison.Ordinal) && !path.StartsWith("/console/", StringComparison.Ordinal)
        && !path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/_content/", StringComparison.Ordinal)
        && !Download().IsMatch(path);

    [GeneratedRegex("""<nav class="menu">[\s\S]*?</nav>""")]
    private static partial Regex Menu();

    [GeneratedRegex(@"href=""(/[^""]*)""")]
    private static partial Regex Href();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-")]
    private static partial Regex RecordId();

    [GeneratedRegex(@"\.(xlsx|csv|pdf|zip|png|svg|css|js)$")]
    private static partial Regex Download();
}

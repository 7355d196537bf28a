using System.Net;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CommunityPlatform.Integration.Tests.Language;

// Why: values written as the code names them ("Living", "Female", "Residents.IdNumberShown") reached the Chinese
// pages, and an export link answered 404. The walk follows every console link a secretary can reach from the home
// page, as a person would, so pages of modules added later are walked too.

/// <summary>Every console page a secretary reaches is Chinese, and every link on it leads somewhere.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ChinesePageTests(PlatformFixture platform, ITestOutputHelper output)
{
    /// <summary>Latin words a Chinese page may show: names of formats and products, and the demo data's own codes.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Excel", "WPS", "Ctrl", "QR", "ID", "API", "English", "GB", "X",
    };

    [Fact]
    public async Task Every_page_a_secretary_reaches_is_Chinese_and_every_link_and_export_opens()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var findings = new List<string>();
        var exports = 0;
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);

        while (queue.Count > 0 && seen.Count < 120)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            var response = await console.Client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                findings.Add($"{url}: {(int)response.StatusCode} {response.Headers.Location}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                exports++;
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            foreach (var word in ChineseMessageTests.EnglishWords(VisibleText(html)).Where(w => !Allowed.Contains(w) && !IsAccountName(w)).Distinct())
                findings.Add($"{url}: “{word}”");
            foreach (var link in Links(html, url))
            {
                // One resident's page stands for all of them: two of each shape are enough.
                var shape = Guid().Replace(Regex.Replace(link, "=[^&]*", "="), "{id}");
                if (seen.Contains(link) || shapes.GetValueOrDefault(shape) >= 2) continue;
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                queue.Enqueue(link);
            }
        }

        output.WriteLine($"{seen.Count} pages, {exports} exports");
        foreach (var page in seen) output.WriteLine(page);
        exports.ShouldBeGreaterThan(2, "the walk found no export link");
        findings.ShouldBeEmpty(string.Join("\n", findings));
    }

    /// <summary>The text a person reads: no scripts, styles, tags or attributes.</summary>
    private static string VisibleText(string html)
    {
        var body = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        return WebUtility.HtmlDecode(Regex.Replace(body, "<[^>]+>", " "));
    }

    /// <summary>Console links of the same page family: each once, without a query that only pages or filters (one of each page is enough).</summary>
    private static IEnumerable<string> Links(string html, string from)
    {
        foreach (Match match in Href().Matches(html))
        {
            var link = WebUtility.HtmlDecode(match.Groups[1].Value);
            if (link.StartsWith('?')) link = from.Split('?')[0] + link;
            if (!link.StartsWith('/') || link.StartsWith("//") || link.StartsWith("/api/") || link.StartsWith("/account/signout")
                || link.StartsWith("/scalar") || link.StartsWith("/openapi") || link.StartsWith("/console/language")) continue;
            if (link.Contains("page=") || link.Contains("#")) continue;
            yield return link;
        }
    }

    /// <summary>Sign-in names (<c>xincun-secretary</c>) are what the accounts are called, shown in the header.</summary>
    private static bool IsAccountName(string word) => word.Contains('-') && word.Split('-')[0] is "xincun" or "admin";

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}

using System.Net;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CommunityPlatform.Integration.Tests.Language;

// Why: values written as the code names them ("Living", "Female", "Residents.IdNumberShown") reached the Chinese
// pages, and an export link answered 404. The walk follows every console link an account can reach from the home
// page, as a person would, so pages of modules added later are walked too — for the secretary of every report
// community (their menus differ: the market is 重华's, the labour officer's ledgers are where the report counts them)
// and for the demo's other workers.

/// <summary>Every console page a demo account reaches is Chinese, and every link on it leads somewhere.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ChinesePageTests(PlatformFixture platform, ITestOutputHelper output)
{
    /// <summary>Latin words a Chinese page may show: names of formats and products.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Excel", "WPS", "Ctrl", "QR", "ID", "API", "English", "GB", "X", "QQ",
    };

    /// <summary>The demo's communities and streets: their codes begin account names (<c>chonghua-market</c>) and grid codes (<c>chonghua-3-01</c>).</summary>
    private static readonly string[] Places = ["admin", "xincun", "chonghua", "tachenglu", "oufengliyuan", "wuyijie", "dongshan", "renminlu", "jiefanglu", "yuanhe"];

    public static readonly TheoryData<string, int> Accounts = new()
    {
        // Each secretary walks the whole menu; the workers' menus are smaller, so fewer pages reach all of them.
        { "xincun-secretary", 120 }, { "chonghua-secretary", 120 }, { "tachenglu-secretary", 120 }, { "oufengliyuan-secretary", 120 }, { "wuyijie-secretary", 120 },
        { "chonghua-market", 50 }, { "wuyijie-gridworker", 50 }, { "tachenglu-culture", 50 }, { "renminlu-supervisor", 60 },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Every_page_an_account_reaches_is_Chinese_and_every_link_and_export_opens(string account, int pages)
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, account);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var findings = new List<string>();
        var exports = 0;
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);

        while (queue.Count > 0 && seen.Count < pages)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            var response = await console.Client.GetAsync(url);
            // A street's home page is its overview: a redirect to a page of the console is a link like any other.
            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { IsAbsoluteUri: false } next
                && !next.OriginalString.StartsWith("/account/", StringComparison.Ordinal))
            {
                queue.Enqueue(next.OriginalString);
                continue;
            }

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
            foreach (var word in ChineseMessageTests.EnglishWords(WithoutCodes(VisibleText(html))).Where(w => !Allowed.Contains(w)).Distinct())
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

        output.WriteLine($"{account}: {seen.Count} pages, {exports} exports");
        foreach (var page in seen) output.WriteLine(page);
        if (account.EndsWith("-secretary", StringComparison.Ordinal)) exports.ShouldBeGreaterThan(2, "the walk found no export link");
        findings.ShouldBeEmpty(string.Join("\n", findings));
    }

    /// <summary>
    /// The text without what are codes, not words: sign-in names (<c>xincun-secretary</c>) and grid codes
    /// (<c>chonghua-3-01</c>) of the demo's places, credit codes whole or masked (<c>926204********AB12</c>),
    /// hexadecimal digests (a lottery's seed) and records' short ids (编号01a22bd7); "SHA-256" is the name of a digest, like Excel.
    /// </summary>
    private static string WithoutCodes(string text)
    {
        text = PlaceCode().Replace(text, m => Places.Contains(m.Groups[1].Value) ? " " : m.Value);
        text = CreditCode().Replace(text, " ");
        text = Digest().Replace(text, " ");
        return text.Replace("SHA-256", " ", StringComparison.Ordinal);
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

    // chonghua-secretary, chonghua-3-01, chonghua-2025-1 (a round), chonghua-XK-0001 (a badge).
    [GeneratedRegex(@"\b([a-z]+)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\b")]
    private static partial Regex PlaceCode();

    // 统一社会信用代码: 18 characters of digits and capitals (no I, O, S, V, Z), any of them masked by *.
    [GeneratedRegex(@"\b[0-9A-HJ-NP-RTUWXY*]{8}[0-9A-HJ-NP-RTUWXY*]{10}(?![0-9A-Za-z])")]
    private static partial Regex CreditCode();

    // A lottery's seed, and a record's short id on the audit page (编号01a22bd7).
    [GeneratedRegex(@"\b[0-9a-f]{16,}\b|编号[0-9a-f]{8}")]
    private static partial Regex Digest();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}

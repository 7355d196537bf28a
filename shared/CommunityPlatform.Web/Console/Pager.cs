using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace CommunityPlatform.Web.Console;

/// <summary>
/// Where a paged list stands, for the shared pager (<c>&lt;partial name="_Pager" model="…" /&gt;</c>): the total, which
/// page of how many, and links that keep the page's other query values (filters) and change only <c>page</c>.
/// </summary>
public sealed record Pager(int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)Math.Max(1, PageSize)));
    public bool HasPrevious => Page > 1;
    public bool HasNext => (long)Page * PageSize < Total;

    /// <summary>The same page's address with <c>page</c> set to <paramref name="page"/>.</summary>
    public static string Link(HttpRequest request, int page)
    {
        var query = new QueryBuilder(request.Query.Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request.Path + query.ToQueryString().Value;
    }
}

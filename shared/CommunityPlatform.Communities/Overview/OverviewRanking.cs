using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;
using CommunityPlatform.Errors;

namespace CommunityPlatform.Communities.Overview;

/// <summary>
/// <c>?sort=key&amp;desc=true&amp;page=1&amp;pageSize=100</c>: the ranking by any figure (or <c>name</c>), a page at a time.
/// A city of 10,000 communities is 9 MB of JSON in one answer and as many table rows on one page; a page of 100 is
/// what a person reads, and the total and the sort are still of every community.
/// </summary>
public sealed class OverviewQuery
{
    public const int MaxPageSize = 1000;

    /// <summary>A figure's key (see <c>modules[].figures[].key</c>) or <c>name</c>; none keeps the communities' code order.</summary>
    public string? Sort { get; init; }

    /// <summary>Highest first (for <c>name</c>, reverse order).</summary>
    public bool Desc { get; init; }

    [Range(1, int.MaxValue)]
    public int Page { get; init; } = 1;

    [Range(1, MaxPageSize)]
    public int PageSize { get; init; } = 100;

    public int Skip => (int)Math.Min((long)(Page - 1) * PageSize, int.MaxValue);
}

/// <summary>The ranking table's order, one rule for the API and the console page.</summary>
public static class OverviewRanking
{
    public const string ByName = "name";

    /// <summary>The rows in the order asked; a sort that names no figure is refused as a field error.</summary>
    public static IEnumerable<OverviewRowDto> Order(OverviewDto overview, string? sort, bool descending)
    {
        if (sort is null) return overview.Communities;
        if (sort == ByName)
            return descending
                ? overview.Communities.OrderByDescending(r => r.Name, StringComparer.Ordinal)
                : overview.Communities.OrderBy(r => r.Name, StringComparer.Ordinal);
        var figure = overview.Modules.SelectMany(m => m.Figures).FirstOrDefault(f => f.Key == sort)
            ?? throw new InvalidInputException(PlatformErrors.InvalidRequest, "sort",
                Language.T("无法按此列排序：请按总览中的某项指标或社区名称排序。", "Sort by one of the overview's figures (modules[].figures[].key) or by name."));

        // A community with the module off (no value) sorts last either way.
        decimal? Of(OverviewRowDto r) => r.Values.TryGetValue(sort, out var v) ? figure.IsRate ? v.Percent : v.Count : null;
        return descending
            ? overview.Communities.OrderBy(r => Of(r) is null).ThenByDescending(Of)
            : overview.Communities.OrderBy(r => Of(r) is null).ThenBy(Of);
    }

    /// <summary>The overview with one page of its ranking in <c>communities</c>; totals and trend stay of every community.</summary>
    public static OverviewDto Page(OverviewDto overview, OverviewQuery query) =>
        overview with
        {
            Communities = Order(overview, query.Sort, query.Desc).Skip(query.Skip).Take(query.PageSize).ToList(),
            Page = query.Page,
            PageSize = query.PageSize,
        };
}

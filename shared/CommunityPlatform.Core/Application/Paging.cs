using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.Application;

/// <summary>One page of a list and the number of items across all pages.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total);

/// <summary><c>?page=1&amp;pageSize=20</c>; the page size is capped at 100.</summary>
public class PageQuery
{
    public const int MaxPageSize = 100;

    [Range(1, int.MaxValue)]
    public int Page { get; init; } = 1;

    [Range(1, MaxPageSize)]
    public int PageSize { get; init; } = 20;

    /// <summary>Rows before the page; a page past the end of any list skips everything rather than wrapping round to the first.</summary>
    public int Skip => (int)Math.Min((long)(Page - 1) * PageSize, int.MaxValue);
}

using CommunityPlatform.Application;

namespace CommunityPlatform.Communities.Overview;

public sealed record OverviewFigureDto(string Key, string Title, bool IsRate, bool HigherIsBetter);

public sealed record OverviewModuleDto(string Name, string Title, IReadOnlyList<OverviewFigureDto> Figures, IReadOnlyList<OverviewFigureDto> Trends);

/// <summary>A value: the count, and for a rate what it is of and the percentage (one decimal).</summary>
public sealed record OverviewValueDto(long Count, long? Of, decimal? Percent);

/// <summary>
/// A community's row; <c>values</c> holds only the figures of the modules switched on there — none, and
/// <c>available</c> false, when the community's own database could not be read (it is then left out of the total).
/// </summary>
public sealed record OverviewRowDto(Guid Id, string Code, string Name, IReadOnlyDictionary<string, OverviewValueDto> Values, bool Available);

public sealed record OverviewTrendDto(DateOnly Month, string Key, long Value);

/// <summary>
/// The street's (<c>scope=street</c>) or the city's (<c>scope=city</c>) overview. <c>communities</c> is one page of the
/// ranking (<c>page</c>, <c>pageSize</c>) of <c>totalCommunities</c>; <c>total</c> and <c>trend</c> are of every community.
/// <c>unavailable</c> names (by code) the communities whose own database could not be read: the total and the trend are
/// of the others.
/// </summary>
public sealed record OverviewDto(string Scope, IReadOnlyList<OverviewModuleDto> Modules, IReadOnlyList<OverviewRowDto> Communities,
    IReadOnlyDictionary<string, OverviewValueDto> Total, IReadOnlyList<OverviewTrendDto> Trend, IReadOnlyList<string> Unavailable)
{
    public int TotalCommunities { get; init; } = Communities.Count;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Communities.Count;

    /// <summary>When the figures were summed: now, or up to 10 minutes ago for a city's view (docs/decisions/0015).</summary>
    public DateTimeOffset SummedAt { get; init; }
}

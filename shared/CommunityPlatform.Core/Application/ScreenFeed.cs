using CommunityPlatform.Tenancy;

namespace CommunityPlatform.Application;

/// <summary>
/// One line of the big screen's live feed: what happened where and when — only what a public signboard would show
/// (no resident's name, phone, address or the text someone reported).
/// </summary>
/// <param name="Kind">What the line is, for its colour: <c>new</c> or <c>overdue</c>.</param>
public sealed record ScreenItem(DateTime At, string Kind, string Community, string Text);

/// <summary>
/// A module's lines on the big screen (大屏) of a street or the city, read for many communities at once (like
/// <see cref="IOverviewFigures"/>): the newest first, at most <c>count</c>. Implemented by a module as a scoped service;
/// the screen asks only where the module is on.
/// </summary>
public interface IScreenFeed
{
    string Module { get; }

    Task<IReadOnlyList<ScreenItem>> LatestAsync(IReadOnlyCollection<CommunityInfo> communities, int count, CancellationToken cancellationToken);
}

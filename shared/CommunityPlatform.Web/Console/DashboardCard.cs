namespace CommunityPlatform.Web.Console;

/// <summary>A card a module adds to a community's dashboard: a title and ready-made HTML (facts or an SVG chart).</summary>
public sealed record DashboardCard(string Title, string Html, int Order = 100);

/// <summary>Implemented by a module (a scoped service) to add its cards to the dashboard of the current community.</summary>
public interface IDashboardCards
{
    /// <summary>The module whose switch decides whether the cards show.</summary>
    string Module { get; }

    Task<IReadOnlyList<DashboardCard>> CardsAsync(CancellationToken cancellationToken);
}

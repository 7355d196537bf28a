using CommunityPlatform.Domain;

namespace CommunityPlatform.CultureTeams.Activities;

/// <summary>A piece of information a publicity session gathered and sent to the grid (as <c>GridEventRequested</c>).</summary>
public sealed class GridReferral : CommunityAggregate
{
    private GridReferral()
    {
    }

    public GridReferral(Guid activityId, string title) => (ActivityId, Title) = (activityId, title);

    public Guid ActivityId { get; private set; }
    public string Title { get; private set; } = "";
}

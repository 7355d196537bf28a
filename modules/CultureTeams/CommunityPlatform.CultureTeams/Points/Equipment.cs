using CommunityPlatform.Domain;

namespace CommunityPlatform.CultureTeams.Points;

/// <summary>A line of a point's equipment ledger (设备台账), its value in fen.</summary>
public sealed class Equipment : CommunityAggregate
{
    private Equipment()
    {
    }

    public Equipment(Guid pointId, string name, int quantity, long valueFen, DateOnly boughtOn, string? note) =>
        (PointId, Name, Quantity, ValueFen, BoughtOn, Note) = (pointId, name, quantity, valueFen, boughtOn, note);

    public Guid PointId { get; private set; }
    public string Name { get; private set; } = "";
    public int Quantity { get; private set; }
    public long ValueFen { get; private set; }
    public DateOnly BoughtOn { get; private set; }
    public string? Note { get; private set; }
}

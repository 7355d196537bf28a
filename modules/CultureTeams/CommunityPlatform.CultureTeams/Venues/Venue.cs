using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.CultureTeams.Venues;

/// <summary>
/// 文化广场, 图书室, 活动中心, 功能室: a place the community lends out within its open hours. <see cref="Approvals"/>
/// rises with every approved booking, so two approvals of the same venue racing each other cannot both be saved.
/// </summary>
public sealed class Venue : CommunityAggregate
{
    private Venue()
    {
    }

    public Venue(string name, VenueKind kind, int capacity, decimal? areaM2, TimeOnly opens, TimeOnly closes, string? address, string? note)
    {
        Name = name;
        Change(name, kind, capacity, areaM2, opens, closes, address, note);
    }

    public string Name { get; private set; } = "";
    public VenueKind Kind { get; private set; }
    public int Capacity { get; private set; }
    public decimal? AreaM2 { get; private set; }
    public TimeOnly Opens { get; private set; }
    public TimeOnly Closes { get; private set; }
    public string? Address { get; private set; }
    public string? Note { get; private set; }
    public int Approvals { get; private set; }

    public void Change(string name, VenueKind kind, int capacity, decimal? areaM2, TimeOnly opens, TimeOnly closes, string? address, string? note)
    {
        if (closes <= opens) throw new InvalidInputException(CultureErrors.EndsBeforeStart, "closes", CultureErrors.EndsBeforeStart.Localized());
        (Name, Kind, Capacity, AreaM2, Opens, Closes, Address, Note) = (name, kind, capacity, areaM2, opens, closes, address, note);
    }

    /// <summary>Whether [start, end) lies within one day's open hours (China time).</summary>
    public bool IsOpen(DateTime startsAt, DateTime endsAt)
    {
        var (start, end) = (ChinaTime.Local(startsAt), ChinaTime.Local(endsAt));
        return start.Date == end.Date && TimeOnly.FromDateTime(start) >= Opens && TimeOnly.FromDateTime(end) <= Closes;
    }

    /// <summary>Taken by an approval: the venue's row changes, so a second approval read before this one fails its save.</summary>
    public void Take() => Approvals++;
}

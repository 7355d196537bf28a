using CommunityPlatform.Domain;

namespace CommunityPlatform.Residents.Domain;

/// <summary>楼栋: a residential building, known by its number.</summary>
public sealed class Building : CommunityAggregate
{
    private Building()
    {
    }

    public Building(string number, string? name, int units, int floors)
    {
        Number = number;
        Update(number, name, units, floors);
    }

    public string Number { get; private set; } = "";
    public string? Name { get; private set; }
    public int Units { get; private set; }
    public int Floors { get; private set; }

    public void Update(string number, string? name, int units, int floors)
    {
        Number = number.Trim();
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Units = units;
        Floors = floors;
    }
}

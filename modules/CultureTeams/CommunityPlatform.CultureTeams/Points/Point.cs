using CommunityPlatform.Domain;

namespace CommunityPlatform.CultureTeams.Points;

/// <summary>
/// 睦邻点: an interest point that meets at one of the community's venues or in a resident's home. The home's address
/// stays with the module's staff; the public reads "居民家中，请联系负责人".
/// </summary>
public sealed class Point : CommunityAggregate
{
    private Point()
    {
    }

    public Point(string name, string theme) => (Name, Theme) = (name, theme);

    public string Name { get; private set; } = "";
    public string Theme { get; private set; } = "";
    public Guid? VenueId { get; private set; }
    public string? HomeAddress { get; private set; }
    public decimal? AreaM2 { get; private set; }
    public Guid? LeaderResidentId { get; private set; }
    public string? StaffContact { get; private set; }

    public void Change(string name, string theme, Guid? venueId, string? homeAddress, decimal? areaM2, Guid? leader, string? staffContact) =>
        (Name, Theme, VenueId, HomeAddress, AreaM2, LeaderResidentId, StaffContact) = (name, theme, venueId, homeAddress, areaM2, leader, staffContact);

    public const string HomeText = "居民家中，请联系负责人";
    public const string HomeTextEnglish = "In a resident's home; ask the leader";
}

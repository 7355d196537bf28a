namespace CommunityPlatform.Tenancy;

/// <summary>Every community of the city, by id or code, from memory.</summary>
public interface ICommunityDirectory
{
    CommunityInfo? Find(Guid id);
    CommunityInfo? FindByCode(string code);
    IReadOnlyCollection<CommunityInfo> All { get; }
    IEnumerable<CommunityInfo> OfStreet(Guid streetId);
}

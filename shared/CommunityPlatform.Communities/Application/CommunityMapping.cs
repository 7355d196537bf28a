using CommunityPlatform.Communities.Domain;

namespace CommunityPlatform.Communities.Application;

internal static class CommunityMapping
{
    public static CommunityDto ToDto(this Community c, string streetName) =>
        new(c.Id, c.Code, c.Name, c.StreetId, streetName, c.Profile.ToDto(), c.ProtectedDatabase is not null, c.ConcurrencyStamp);

    public static CommunityProfileDto ToDto(this CommunityProfile p) =>
        new(p.AreaKm2, p.Households, p.RegisteredPopulation, p.ResidentPopulation, p.EthnicGroups, p.StaffCount, p.Honours);

    public static CommunityProfile ToProfile(this CommunityProfileRequest? r) =>
        r is null
            ? CommunityProfile.Unknown
            : new(r.AreaKm2, r.Households, r.RegisteredPopulation, r.ResidentPopulation, r.EthnicGroups, r.StaffCount,
                (r.Honours ?? []).Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()).ToList());
}

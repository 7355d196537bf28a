using CommunityPlatform.Domain;

namespace CommunityPlatform.Communities.Domain;

/// <summary>社区: the tenant. Its code is unique in the city and appears in URLs and the <c>X-Community</c> header.</summary>
public sealed class Community : AuditedAggregate
{
    private Community()
    {
    }

    public Community(string code, string name, Guid streetId, CommunityProfile profile)
    {
        Code = code;
        Name = name;
        StreetId = streetId;
        Profile = profile;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Guid StreetId { get; private set; }
    public CommunityProfile Profile { get; private set; } = CommunityProfile.Unknown;

    /// <summary>The connection string of the community's own database, encrypted at rest; null while it lives in the shared one.</summary>
    public string? ProtectedDatabase { get; private set; }

    public void AssignDatabase(string protectedConnectionString) => ProtectedDatabase = protectedConnectionString;

    public void Update(string name, Guid streetId, CommunityProfile profile)
    {
        Name = name;
        StreetId = streetId;
        Profile = profile;
    }
}

/// <summary>The facts a community report opens with. Null where nobody has counted.</summary>
public sealed record CommunityProfile(
    double? AreaKm2,
    int? Households,
    int? RegisteredPopulation,
    int? ResidentPopulation,
    int? EthnicGroups,
    int? StaffCount,
    IReadOnlyList<string> Honours)
{
    public static readonly CommunityProfile Unknown = new(null, null, null, null, null, null, []);
}

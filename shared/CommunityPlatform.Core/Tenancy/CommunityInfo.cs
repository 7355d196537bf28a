namespace CommunityPlatform.Tenancy;

/// <summary>What the request path needs to know of a community; kept in memory for every community of the city.</summary>
public sealed record CommunityInfo(Guid Id, string Code, string Name, Guid StreetId);

namespace CommunityPlatform.Tenancy;

/// <summary>What the request path needs to know of a community; kept in memory for every community of the city.</summary>
/// <param name="Database">The connection string of the community's own database, or null when it lives in the shared one.</param>
public sealed record CommunityInfo(Guid Id, string Code, string Name, Guid StreetId, string? Database = null);

namespace CommunityPlatform.Web.Tenancy;

/// <summary>Endpoint metadata naming the module an endpoint belongs to; added at start-up, read per request without reflection.</summary>
public sealed record ModuleEndpoint(string Module, bool IsPlatform);

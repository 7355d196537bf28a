namespace CommunityPlatform.Tenancy;

/// <summary>
/// How far a report reaches: the request's community (the default), every community of its street, or the whole
/// city. Street needs a street or city account, city a city account; communities with the module off are left out.
/// </summary>
public enum ReportScope
{
    Community,
    Street,
    City,
}

namespace CommunityPlatform.Data.Auditing;

/// <summary>Which fields the audit trail never shows in full, and how it shows them.</summary>
public static class SensitiveFields
{
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ProtectedDatabase", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail",
    };

    public static bool IsHidden(string property) => Hidden.Contains(property);

    public static object? Mask(string property, object? value) => property switch
    {
        _ when value is null => null,
        "IdNumber" when value is string id && id.Length >= 10 => id[..6] + new string('*', id.Length - 10) + id[^4..],
        "Phone" or "PhoneNumber" when value is string phone && phone.Length >= 7 => phone[..3] + new string('*', phone.Length - 7) + phone[^4..],
        _ => value,
    };
}

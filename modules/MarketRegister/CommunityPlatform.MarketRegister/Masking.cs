namespace CommunityPlatform.MarketRegister;

/// <summary>How the market shows people's identifiers: masked in every list and on every public page.</summary>
public static class Masking
{
    /// <summary>张三 → 张*, 欧阳修 → 欧**: the surname stays, enough for a vendor to find themself on the notice.</summary>
    public static string Name(string name) => name.Length <= 1 ? name : name[..1] + new string('*', name.Length - 1);

    /// <summary>The first six and last four characters (ID number, credit code); shorter values are hidden whole.</summary>
    public static string? Identifier(string? value) =>
        value is null ? null : value.Length < 10 ? new string('*', value.Length) : value[..6] + new string('*', value.Length - 10) + value[^4..];

    public static string? Phone(string? phone) =>
        phone is null ? null : phone.Length < 7 ? phone : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
}

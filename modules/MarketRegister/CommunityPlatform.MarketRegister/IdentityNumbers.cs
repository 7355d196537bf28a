namespace CommunityPlatform.MarketRegister;

/// <summary>The GB 11643 check of an 18-character ID number (mainland, or the 81/82/83 residence permits); lower-case x accepted.</summary>
public static class IdentityNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static string? Normalize(string? text)
    {
        var value = text?.Trim().ToUpperInvariant();
        if (value is not { Length: 18 } || !value[..17].All(char.IsAsciiDigit)) return null;
        var sum = value[..17].Select((c, i) => (c - '0') * Weights[i]).Sum();
        if (CheckChars[sum % 11] != value[17]) return null;
        return DateOnly.TryParseExact(value[6..14], "yyyyMMdd", out _) ? value : null;
    }
}

namespace CommunityPlatform.Testing;

/// <summary>Valid ID numbers and phones no demo resident has: area code 110105 and the 1950s are not used by the demo generator's seeds.</summary>
public static class TestIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    private static int sequence = Random.Shared.Next(0, 400);

    public static string Next(DateOnly? born = null, bool male = true)
    {
        var day = born ?? new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 3000));
        var order = Interlocked.Increment(ref sequence) % 500 * 2 + (male ? 1 : 0);
        var first17 = $"110105{day:yyyyMMdd}{order:000}";
        return first17 + CheckCharFor(first17);
    }

    public static string NextMobile() => $"199{Random.Shared.Next(10_000_000, 99_999_999)}";

    /// <summary>
    /// The GB 11643-1999 check character of the first 17 digits: a copy of the registry's rule, so that the kit needs no
    /// module's implementation (the platform's tests hold the copy to the original).
    /// </summary>
    public static char CheckCharFor(string first17)
    {
        if (first17.Length != 17 || !first17.All(char.IsAsciiDigit))
            throw new ArgumentException("Give exactly the first 17 digits of an ID number.", nameof(first17));

        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }
}

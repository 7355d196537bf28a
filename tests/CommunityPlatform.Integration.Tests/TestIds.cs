using CommunityPlatform.Residents.Domain;

namespace CommunityPlatform.Integration.Tests;

/// <summary>Valid ID numbers and phones no demo resident has: area code 110105 and the 1950s are not used by the demo generator's seeds.</summary>
internal static class TestIds
{
    private static int sequence = Random.Shared.Next(0, 400);

    public static string Next(DateOnly? born = null, bool male = true)
    {
        var day = born ?? new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 3000));
        var order = Interlocked.Increment(ref sequence) % 500 * 2 + (male ? 1 : 0);
        var first17 = $"110105{day:yyyyMMdd}{order:000}";
        return first17 + IdNumber.CheckCharFor(first17);
    }

    public static string NextMobile() => $"199{Random.Shared.Next(10_000_000, 99_999_999)}";
}

namespace CommunityPlatform.Application;

/// <summary>
/// A count and the count it is a share of, with the percentage to one decimal, half away from zero (546 of 569 = 96.0):
/// every module's reports print rates this way, beside the counts they come from.
/// </summary>
public sealed record Rate(int Count, int Of, decimal Percent)
{
    public static Rate From(int count, int of) => new(count, of, of == 0 ? 0m : Math.Round(count * 100m / of, 1, MidpointRounding.AwayFromZero));
}

/// <summary>One line of a report's breakdown: a stable key, its label in the request's language, and the count.</summary>
public sealed record CountLine(string Key, string Label, int Count);

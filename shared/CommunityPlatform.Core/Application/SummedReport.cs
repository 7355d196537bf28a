namespace CommunityPlatform.Application;

/// <summary>
/// A report whose figures are sums over communities (<c>scope=community|street|city</c>). A community on a database of
/// its own that cannot be read (dropped, or its server down) is left out of the sums rather than failing the whole
/// street's or city's report: <see cref="Unavailable"/> names it (its code), so a reader knows the sum is short.
/// </summary>
public abstract record SummedReport
{
    /// <summary>The codes of the communities in scope whose figures could not be read and are not in the sums; empty when all were.</summary>
    public IReadOnlyList<string> Unavailable { get; set; } = [];
}

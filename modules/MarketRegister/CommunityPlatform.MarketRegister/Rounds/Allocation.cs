using System.Security.Cryptography;
using System.Text;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>
/// The allocation rule, so plain that anyone holding the notice's seed can work it out again:
/// <list type="number">
/// <item>Lottery order: the eligible applications ordered by SHA-256 of <c>"{seed}:{application number}"</c> (hex, ascending).</item>
/// <item>Rank: score, highest first; ties by lottery order.</item>
/// <item>The share for new vendors (rounded half up) goes to the best-ranked new vendors; every other stall by rank to the rest.</item>
/// <item>Winners in rank order take the first free stall (by number) of their preferred zone, else the first free stall; the rest wait in rank order.</item>
/// </list>
/// </summary>
public static class Allocation
{
    public sealed record Applicant(Guid Id, int Number, int Score, bool NewVendor, string? PreferredZone);

    public sealed record Place(Guid Id, string Number, string Zone);

    public static IReadOnlyList<AllocationLine> Run(string seed, IReadOnlyList<Place> stalls, IReadOnlyList<Applicant> applicants, int newVendorSharePercent)
    {
        var lottery = applicants.OrderBy(a => Key(seed, a.Number), StringComparer.Ordinal).Select((a, i) => (a, Order: i + 1)).ToDictionary(x => x.a.Id, x => x.Order);
        var ranked = applicants.OrderByDescending(a => a.Score).ThenBy(a => lottery[a.Id]).ToList();
        var kept = (stalls.Count * newVendorSharePercent + 50) / 100;

        var winners = ranked.Where(a => a.NewVendor).Take(kept).ToHashSet();
        foreach (var a in ranked.Where(a => !winners.Contains(a)).Take(stalls.Count - winners.Count).ToList()) winners.Add(a);

        var free = stalls.OrderBy(s => s.Number, StringComparer.Ordinal).ToList();
        var lines = new List<AllocationLine>();
        var waiting = 0;
        foreach (var (a, i) in ranked.Select((a, i) => (a, i)))
        {
            Guid? stall = null;
            int? position = null;
            if (winners.Contains(a))
            {
                var taken = free.FirstOrDefault(s => s.Zone == a.PreferredZone) ?? free[0];
                free.Remove(taken);
                stall = taken.Id;
            }
            else position = ++waiting;

            lines.Add(new AllocationLine(a.Id, i + 1, lottery[a.Id], stall, position));
        }

        return lines;
    }

    /// <summary>The lottery's key of one application: public, so anyone may check the order.</summary>
    public static string Key(string seed, int number) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{number}")));

    /// <summary>A fresh seed for a round whose staff gave none: recorded with the result.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}

using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.CultureTeams.Settings;

/// <summary>The community's rules for service hours: the daily cap and the star ladder (hours for 1–5 stars).</summary>
public sealed class CultureSettings : CommunityAggregate
{
    public static readonly int[] DefaultLadder = [100, 300, 600, 1000, 1500];

    public int DailyCapHours { get; private set; } = 8;
    public IReadOnlyList<int> StarLadder { get; private set; } = [.. DefaultLadder];

    public void Change(int dailyCapHours, IReadOnlyList<int> ladder)
    {
        if (ladder.Count != 5 || ladder[0] <= 0 || ladder.Zip(ladder.Skip(1)).Any(p => p.Second <= p.First))
            throw new InvalidInputException(CultureErrors.LadderNotRising, "starLadder", CultureErrors.LadderNotRising.Localized());
        DailyCapHours = dailyCapHours;
        StarLadder = [.. ladder];
    }

    /// <summary>Stars for confirmed minutes: one per rung reached.</summary>
    public int StarsFor(long minutes) => StarLadder.Count(hours => minutes >= hours * 60L);
}

using CommunityPlatform.MarketRegister;
using CommunityPlatform.Modularity;

namespace CommunityPlatform.EmploymentHelp.Status;

/// <summary>
/// What the market's stall allocation asks of this module: a resident of an open zero-employment household (零就业家庭)
/// scores that ground, a valid difficulty person or registered job seeker scores 困难或失业. The market asks only where
/// this module is switched on, and scores on the registry's tags alone where it is not.
/// </summary>
internal sealed class StallPriorityGrounds(IEmploymentStatus status) : IPriorityGroundSource, IScopedService
{
    public string Module => EmploymentHelpModule.Name;

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<PriorityGround>>> GroundsAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken)
    {
        var standings = await status.OfAsync(residentIds, cancellationToken);
        return standings
            .Select(s => (s.ResidentId, Grounds: Grounds(s)))
            .Where(s => s.Grounds.Count > 0)
            .ToDictionary(s => s.ResidentId, s => s.Grounds);
    }

    private static IReadOnlyList<PriorityGround> Grounds(EmploymentStanding standing)
    {
        var grounds = new List<PriorityGround>(2);
        if (standing.InOpenZeroEmploymentHousehold) grounds.Add(PriorityGround.ZeroEmploymentHousehold);
        if (standing.DifficultyPerson || standing.RegisteredJobSeeker) grounds.Add(PriorityGround.Difficulty);
        return grounds;
    }
}

namespace CommunityPlatform.EmploymentHelp;

/// <summary>Where residents stand with employment help, for modules that give them priority (a market scoring stall applications).</summary>
public sealed record EmploymentStanding(Guid ResidentId, bool InOpenZeroEmploymentHousehold, bool DifficultyPerson, bool RegisteredJobSeeker);

/// <summary>
/// Read, for some residents of the current community, which belong to an open zero-employment household (零就业家庭),
/// which are valid employment-difficulty persons (就业困难人员) and which are registered job seekers. Absent when the
/// module is not installed: the caller then gives no priority.
/// </summary>
public interface IEmploymentStatus
{
    Task<IReadOnlyList<EmploymentStanding>> OfAsync(IEnumerable<Guid> residentIds, CancellationToken cancellationToken);
}

namespace CommunityPlatform.Residents;

/// <summary>
/// Households as a whole, for the modules that keep files per household (the 低保 register, zero-employment households):
/// who lives in them, which carry a tag, and the registry's low-income (低保) tag, which the module that keeps the 低保
/// register sets and clears so the registry and the register never disagree and the household is never copied.
/// </summary>
public interface IHouseholdRegistry
{
    /// <summary>The living residents of the households, in household order.</summary>
    Task<IReadOnlyList<ResidentSummary>> LivingMembersAsync(IEnumerable<Guid> householdIds, CancellationToken cancellationToken);

    /// <summary>Every household of the community carrying <paramref name="tag"/>.</summary>
    Task<IReadOnlyList<HouseholdSummary>> TaggedAsync(HouseholdTag tag, CancellationToken cancellationToken);

    /// <summary>
    /// Puts the household on 低保 or takes it off in the registry: its <see cref="HouseholdTag.LowIncome"/> tag and the
    /// <see cref="ResidentTag.LowIncome"/> tag of its living members. False when no such household is in the community.
    /// </summary>
    Task<bool> SetLowIncomeAsync(Guid householdId, bool onLowIncome, CancellationToken cancellationToken);
}

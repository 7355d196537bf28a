using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>
/// The registry as this module reads it, through the Residents contracts: residents and households by id in a second
/// query (never a join), and checks that an id given to the module is one of the community's.
/// </summary>
public sealed class Registry(IResidentDirectory directory, IHouseholdRegistry households) : IScopedService
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> residentIds, CancellationToken ct) =>
        (await directory.GetManyAsync(residentIds, ct)).ToDictionary(r => r.Id, r => r.Name);

    public async Task<IReadOnlyDictionary<Guid, HouseholdSummary>> HouseholdsAsync(IEnumerable<Guid> householdIds, CancellationToken ct) =>
        (await directory.GetHouseholdsAsync(householdIds, ct)).ToDictionary(h => h.Id);

    /// <summary>The living members of each household, in registration order (the head first, as the registry enters families).</summary>
    public async Task<ILookup<Guid, ResidentSummary>> MembersAsync(IEnumerable<Guid> householdIds, CancellationToken ct) =>
        (await households.LivingMembersAsync(householdIds, ct)).ToLookup(r => r.HouseholdId!.Value);

    public async Task<ResidentSummary> ResidentAsync(Guid id, string field, CancellationToken ct) =>
        (await directory.GetManyAsync([id], ct)).SingleOrDefault()
        ?? throw new InvalidInputException(EmploymentErrors.ResidentNotFound, field, EmploymentErrors.ResidentNotFound.Localized());

    public async Task<HouseholdSummary> HouseholdAsync(Guid id, string field, CancellationToken ct) =>
        (await directory.GetHouseholdsAsync([id], ct)).SingleOrDefault()
        ?? throw new InvalidInputException(EmploymentErrors.HouseholdNotFound, field, EmploymentErrors.HouseholdNotFound.Localized());

    public static string Address(HouseholdSummary? h) => h is null ? "" : h.Dwelling is null ? h.Address : $"{h.Address} {h.Dwelling}";
}

using CommunityPlatform.Application;
using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.GridManagement.Visits;
using CommunityPlatform.PartyOrganization;
using CommunityPlatform.Residents;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.GridManagement.Households;

/// <summary>
/// One household as the grid worker knows it: who lives there, the visits of the diary, the events that concern it,
/// and — when the Party module is on — its residents' micro-wishes and pairings. A grid worker opens only the
/// households of their grids (the registry is narrowed for them); another one answers "not found".
/// </summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class HouseholdFileModel(
    IResidentDirectory registry, IBuildingRosters rosters, VisitService visits, EventService events, IModuleSwitches switches, RequestContext account,
    IServiceProvider services) : PageModel
{
    public HouseholdSummary Household { get; private set; } = null!;
    public string? Building { get; private set; }
    public IReadOnlyList<RosterResident> Members { get; private set; } = [];
    public Paged<VisitDto> Visits { get; private set; } = new([], 0);
    public Paged<GridEventDto> Events { get; private set; } = new([], 0);

    /// <summary>Null when the Party module is off or not installed: the page then says nothing of wishes and pairings.</summary>
    public IReadOnlyList<ResidentWish>? Wishes { get; private set; }
    public IReadOnlyList<ResidentPairing>? Pairings { get; private set; }

    public string NameOf(Guid residentId) => Members.FirstOrDefault(m => m.Id == residentId)?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await registry.GetHouseholdsAsync([id], ct)).FirstOrDefault() is not { } household) return NotFound();
        Household = household;
        if (household.BuildingId is { } building)
        {
            Building = (await registry.GetBuildingsAsync([building], ct)).FirstOrDefault()?.Number;
            Members = (await rosters.GetAsync([building], ct)).Residents.Where(r => r.HouseholdId == id)
                .OrderBy(r => r.RelationToHead == RelationToHead.Head ? 0 : 1).ThenBy(r => r.BirthDate).ToList();
        }

        Visits = await visits.ListAsync(new VisitQuery { HouseholdId = id, PageSize = PageQuery.MaxPageSize }, ct);
        Events = await events.ListAsync(new GridEventQuery { HouseholdId = id, PageSize = PageQuery.MaxPageSize }, ct);
        if (account.CommunityId is { } community && switches.IsEnabled(community, PartyOrganizationModuleName.Value)
            && services.GetService<IResidentCare>() is { } care)
        {
            var residents = Members.Select(m => m.Id).ToList();
            Wishes = await care.WishesOfAsync(residents, ct);
            Pairings = await care.PairingsOfAsync(residents, ct);
        }

        return Page();
    }
}

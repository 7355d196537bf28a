using CommunityPlatform.Application;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>The allocation rounds and, for the one chosen (the latest by default), its ranking, its decisions and whether its seed gives the same result again.</summary>
[RequiresCommunity]
[RequiresPermission(MarketPermissions.View)]
public sealed class MarketRoundsModel(RoundService rounds, ApplicationService applications) : PageModel
{
    public Paged<RoundDto> Rounds { get; private set; } = new([], 0);
    public RoundDto? Round { get; private set; }
    public Paged<StallApplicationDto> Applications { get; private set; } = new([], 0);
    public RecomputedAllocationDto? Recomputed { get; private set; }

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rounds = await rounds.ListAsync(new RoundQuery { PageSize = PageQuery.MaxPageSize }, ct);
        Round = Rounds.Items.FirstOrDefault(r => r.Id == Id) ?? Rounds.Items.FirstOrDefault();
        if (Round is null) return;
        Applications = await applications.ListAsync(Round.Id, new PageQuery { Page = Math.Max(1, PageNumber), PageSize = PageQuery.MaxPageSize }, ct);
        if (Round.Seed is not null) Recomputed = await rounds.RecomputeAsync(Round.Id, ct);
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Residents;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Reviews;

/// <summary>
/// 党员评议 (一年一评): the rounds with their results, a form to open a year's round and to record a member's result,
/// and the yearly awards — an excellent member, a learning group, building or family — with a form to give one.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed class ReviewsModel(
    ReviewService reviews, MemberService members, OrganizationService organizations, IResidentDirectory registry, RequestContext account, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ReviewRoundDto> Rounds { get; private set; } = [];
    public ReviewRoundDto? Round { get; private set; }
    public IReadOnlyList<ReviewResultDto> Results { get; private set; } = [];
    public IReadOnlyList<AwardDto> Awards { get; private set; } = [];
    public IReadOnlyList<PartyMemberDto> Roll { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Groups { get; private set; } = [];
    public IReadOnlyList<BuildingSummary> Buildings { get; private set; } = [];

    /// <summary>Names of award subjects by id: members, units, households (their address) and buildings.</summary>
    public IReadOnlyDictionary<Guid, string> Subjects { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>A learning family is a household: it is found through one of its residents.</summary>
    public ResidentPicker Picker { get; private set; } = null!;
    public HouseholdSummary? ChosenHousehold { get; private set; }
    public bool CanManage => account.Has(PartyPermissions.ManageMembers);
    public int ThisYear => clock.Today().Year;
    public string? Failed { get; private set; }

    public async Task OnGetAsync(Guid? round, string? resident, Guid? residentId, CancellationToken ct) => await LoadAsync(round, resident, residentId, ct);

    public async Task<IActionResult> OnPostRoundAsync(ReviewRoundRequest open, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        ReviewRoundDto? opened = null;
        if (await this.SaveAsync("open", async () => opened = await reviews.OpenAsync(open, ct))) return Redirect($"/party/reviews?round={opened!.Id}");
        return await RefusedAsync("open", null, ct);
    }

    public async Task<IActionResult> OnPostResultAsync(Guid round, ReviewResultRequest result, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("result", () => reviews.RecordAsync(round, result, ct))) return Redirect($"/party/reviews?round={round}");
        return await RefusedAsync("result", round, ct);
    }

    public async Task<IActionResult> OnPostAwardAsync(AwardRequest award, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("award", () => reviews.AwardAsync(award, ct))) return Redirect("/party/reviews");
        return await RefusedAsync("award", null, ct);
    }

    private async Task<IActionResult> RefusedAsync(string form, Guid? round, CancellationToken ct)
    {
        Failed = form;
        await LoadAsync(round, null, null, ct);
        return Page();
    }

    private async Task LoadAsync(Guid? round, string? resident, Guid? residentId, CancellationToken ct)
    {
        Rounds = await reviews.RoundsAsync(ct);
        Round = Rounds.FirstOrDefault(r => r.Id == round) ?? Rounds.FirstOrDefault();
        if (Round is not null) Results = await reviews.ResultsAsync(Round.Id, ct);
        Awards = await reviews.AwardsAsync(null, ct);
        var units = await organizations.ListAsync(ct);
        Groups = units.Where(u => u.Kind == UnitKind.Group).ToList();
        Buildings = await registry.GetBuildingsAsync(null, ct);
        Roll = await MemberRoll.ActiveAsync(members, null, ct);
        Picker = await ResidentPicker.LoadAsync(registry, resident, residentId, new Dictionary<string, string?> { ["round"] = Round?.Id.ToString() }, ct);
        if (Picker.Chosen?.HouseholdId is { } household) ChosenHousehold = (await registry.GetHouseholdsAsync([household], ct)).FirstOrDefault();

        var subjects = new Dictionary<Guid, string>();
        foreach (var u in units) subjects[u.Id] = u.Name;
        foreach (var b in Buildings) subjects[b.Id] = BuildingName(b);
        foreach (var m in Roll) subjects[m.Id] = m.Name;
        var households = Awards.Where(a => a.HouseholdId is not null).Select(a => a.HouseholdId!.Value);
        foreach (var h in await registry.GetHouseholdsAsync(households, ct)) subjects[h.Id] = $"{h.Address} {h.Dwelling}".Trim();
        Subjects = subjects;
    }

    public static string BuildingName(BuildingSummary building) => Web.Console.Lang.T($"{building.Number}号楼", $"Building {building.Number}");

    public string SubjectOf(AwardDto award) =>
        (award.MemberId ?? award.UnitId ?? award.HouseholdId ?? award.BuildingId) is { } id ? Subjects.GetValueOrDefault(id) ?? "" : "";
}

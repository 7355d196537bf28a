using CommunityPlatform.Application;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.Residents;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Care;

/// <summary>
/// What members do for residents in need: pairings (结对帮扶) with their visits, micro-wishes (微心愿) from posted to
/// claimed to fulfilled, and errands (民情代办) from accepted to done. The resident of a new pairing, wish or errand is
/// found by name first; the forms then carry the chosen one.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed class CareModel(
    PairingService pairings, WishService wishes, ErrandService errands, MemberService members, IResidentDirectory registry,
    RequestContext account, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PairingDto> Pairings { get; private set; } = [];
    public IReadOnlyList<MicroWishDto> Wishes { get; private set; } = [];
    public IReadOnlyList<ErrandDto> Errands { get; private set; } = [];
    public IReadOnlyList<PartyMemberDto> Roll { get; private set; } = [];
    public ResidentPicker? Picker { get; private set; }
    public bool CanManage => account.Has(PartyPermissions.ManageActivities);
    public DateOnly Today => clock.Today();

    /// <summary>The form refused: <c>pair</c>, <c>wish</c> or <c>errand</c>, or a line's form as <c>visit:{id}</c>, <c>claim:{id}</c>…</summary>
    public string? Failed { get; private set; }

    public async Task OnGetAsync(string? resident, Guid? residentId, CancellationToken ct) => await LoadAsync(resident, residentId, ct);

    public Task<IActionResult> OnPostPairAsync(PairingRequest pair, CancellationToken ct) =>
        SaveAsync("pair", () => pairings.PairAsync(pair, ct), pair.ResidentId, ct);

    public Task<IActionResult> OnPostVisitAsync(Guid id, PairingVisitRequest visit, CancellationToken ct) =>
        SaveAsync($"visit:{id}", () => pairings.VisitAsync(id, visit, ct), null, ct);

    public Task<IActionResult> OnPostWishAsync(MicroWishRequest wish, CancellationToken ct) =>
        SaveAsync("wish", () => wishes.PostAsync(wish, ct), wish.ResidentId, ct);

    public Task<IActionResult> OnPostClaimAsync(Guid id, WishClaimRequest claim, CancellationToken ct) =>
        SaveAsync($"claim:{id}", () => wishes.ClaimAsync(id, claim, ct), null, ct);

    public Task<IActionResult> OnPostFulfilAsync(Guid id, WishFulfilmentRequest fulfil, CancellationToken ct) =>
        SaveAsync($"fulfil:{id}", () => wishes.FulfilAsync(id, fulfil, ct), null, ct);

    public Task<IActionResult> OnPostErrandAsync(ErrandRequest errand, CancellationToken ct) =>
        SaveAsync("errand", () => errands.AcceptAsync(errand, ct), errand.ResidentId, ct);

    public Task<IActionResult> OnPostDoneAsync(Guid id, ErrandDoneRequest done, CancellationToken ct) =>
        SaveAsync($"done:{id}", () => errands.DoneAsync(id, done, ct), null, ct);

    private async Task<IActionResult> SaveAsync(string form, Func<Task> save, Guid? residentId, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        // The part of the form before ':' is the binding prefix of its fields.
        if (await this.SaveAsync(form.Split(':')[0], save)) return Redirect("/party/care");
        Failed = form;
        await LoadAsync(null, residentId, ct);
        return Page();
    }

    private async Task LoadAsync(string? resident, Guid? residentId, CancellationToken ct)
    {
        Pairings = await pairings.ListAsync(null, ct);
        Wishes = await wishes.ListAsync(null, ct);
        Errands = await errands.ListAsync(null, ct);
        if (!CanManage) return;
        Roll = await MemberRoll.ActiveAsync(members, null, ct);
        Picker = await ResidentPicker.LoadAsync(registry, resident, residentId, new Dictionary<string, string?>(), ct);
    }
}

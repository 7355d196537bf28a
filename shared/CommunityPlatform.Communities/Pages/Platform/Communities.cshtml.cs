using CommunityPlatform.Application;
using CommunityPlatform.Communities.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Communities.Pages.Platform;

/// <summary>The city administrator's list of communities: create one, correct its profile facts.</summary>
[RequiresPermission(CommunitiesPermissions.Manage)]
public sealed class CommunitiesModel(CommunityService communities, StreetService streets) : PageModel
{
    public Paged<CommunityDto> Communities { get; private set; } = new([], 0);
    public IReadOnlyList<StreetDto> Streets { get; private set; } = [];
    public IReadOnlyList<DistrictDto> Districts { get; private set; } = [];

    public Task<IActionResult> OnPostStreetAsync(string? code, string? name, Guid? districtId, CancellationToken ct)
    {
        var request = new CreateStreetRequest { Code = code?.Trim(), Name = name, DistrictId = districtId };
        TryValidateModel(request);
        return RunAsync(() => streets.CreateAsync(request, ct), ct);
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(string? code, string? name, Guid? streetId, CancellationToken ct)
    {
        var request = new CreateCommunityRequest { Code = code?.Trim(), Name = name, StreetId = streetId };
        TryValidateModel(request);
        return RunAsync(() => communities.CreateAsync(request, ct), ct);
    }

    public Task<IActionResult> OnPostProfileAsync(string code, int? households, int? residents, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var c = await communities.GetAsync(code, ct);
            var p = c.Profile;
            await communities.UpdateAsync(code, new UpdateCommunityRequest
            {
                Name = c.Name,
                StreetId = c.StreetId,
                ConcurrencyStamp = c.ConcurrencyStamp,
                Profile = new CommunityProfileRequest
                {
                    AreaKm2 = p.AreaKm2, Households = households, RegisteredPopulation = p.RegisteredPopulation, ResidentPopulation = residents,
                    EthnicGroups = p.EthnicGroups, StaffCount = p.StaffCount, Honours = p.Honours,
                },
            }, ct);
        }, ct);

    private async Task<IActionResult> RunAsync(Func<Task> action, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ReloadAsync(ct);
        try
        {
            await action();
            return RedirectToPage();
        }
        catch (PlatformException e)
        {
            ModelState.AddModelError("", e.Error.Localized() + (e.Detail is null ? "" : $"：{e.Detail}"));
            return await ReloadAsync(ct);
        }
    }

    private async Task<IActionResult> ReloadAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Communities = await communities.ListAsync(null, null, new PageQuery { PageSize = 100 }, ct);
        Streets = await streets.ListAsync(null, ct);
        Districts = await streets.ListDistrictsAsync(ct);
    }
}

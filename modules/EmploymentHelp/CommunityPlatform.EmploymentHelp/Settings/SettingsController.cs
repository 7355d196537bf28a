using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.Settings;

/// <summary>The city's rules as the community applies them; before any change the stamp is <c>defaults</c>.</summary>
[Route("api/employment/settings")]
[RequiresCommunity]
public sealed class SettingsController(SettingsService settings) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.View)]
    public Task<EmploymentSettingsDto> Get(CancellationToken ct) => settings.GetAsync(ct);

    [HttpPut]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<EmploymentSettingsDto> Update(EmploymentSettingsRequest request, CancellationToken ct) => settings.UpdateAsync(request, ct);
}

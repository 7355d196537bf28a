using CommunityPlatform.Communities.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Communities.Api;

/// <summary>Which modules a community has. <c>PUT</c> switches one on, <c>DELETE</c> off; neither takes a body.</summary>
[Route("api/platform/communities/{community}/modules")]
public sealed class ModuleSwitchesController(ModuleSwitchService switches) : ModuleController
{
    [HttpGet]
    public IReadOnlyList<ModuleSwitchDto> List(string community) => switches.List(community);

    [HttpGet("history")]
    public Task<IReadOnlyList<ModuleSwitchChangeDto>> History(string community, CancellationToken ct) => switches.HistoryAsync(community, ct);

    [HttpPut("{module}")]
    [RequiresPermission(CommunitiesPermissions.ManageModules)]
    public Task<ModuleSwitchDto> Enable(string community, string module, CancellationToken ct) => switches.EnableAsync(community, module, ct);

    [HttpDelete("{module}")]
    [RequiresPermission(CommunitiesPermissions.ManageModules)]
    public Task<ModuleSwitchDto> Disable(string community, string module, CancellationToken ct) => switches.DisableAsync(community, module, ct);
}

/// <summary>The modules installed in this host.</summary>
[Route("api/platform/modules")]
public sealed class ModulesController(ModuleSwitchService switches) : ModuleController
{
    [HttpGet]
    public IReadOnlyList<ModuleDto> List() => switches.Installed();
}

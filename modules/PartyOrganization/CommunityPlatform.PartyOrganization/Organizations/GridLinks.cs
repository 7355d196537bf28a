using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>
/// The grids a 网格党小组 may serve, read through the grid module's Contracts. Where that module is not installed or is
/// off in this community there are none: a link already made is kept (by id) but not named, and no new one is taken.
/// </summary>
public sealed class GridLinks(IServiceProvider services, IModuleSwitches switches, RequestContext scope) : IScopedService
{
    private IReadOnlyList<GridSummary>? grids;

    public bool Available =>
        services.GetService<IGridDirectory>() is not null && scope.Community is { } community && switches.IsEnabled(community.Id, GridManagementModuleName.Value);

    /// <summary>The community's grids, or none when the grid module is absent or off.</summary>
    public async Task<IReadOnlyList<GridSummary>> GridsAsync(CancellationToken ct) =>
        grids ??= Available ? await services.GetRequiredService<IGridDirectory>().GetGridsAsync(ct) : [];

    public async Task<string?> NameAsync(Guid? gridId, CancellationToken ct) =>
        gridId is { } id ? (await GridsAsync(ct)).FirstOrDefault(g => g.Id == id)?.Name : null;

    /// <summary>A grid id a request names: 422 when grids cannot be had here, 400 on the field when there is no such grid.</summary>
    public async Task CheckAsync(Guid? gridId, CancellationToken ct)
    {
        if (gridId is not { } id) return;
        if (!Available) throw new BusinessRuleException(PartyErrors.GridsUnavailable);
        if ((await GridsAsync(ct)).All(g => g.Id != id)) throw new InvalidInputException(PartyErrors.GridNotFound, "gridId", PartyErrors.GridNotFound.Localized());
    }
}

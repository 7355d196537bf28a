using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Data.Reports;

/// <summary>
/// Runs one community's piece of a report for every community a <see cref="ReportScope"/> reaches, each in its own
/// service scope with <see cref="RequestContext"/> set to it — so the query filters, and a community's own database, apply
/// exactly as for a request of that community. Modules add the pieces up; rates are computed after the sum.
/// </summary>
public sealed class CommunitySweep(IServiceScopeFactory scopes, ICommunityDirectory directory, IModuleSwitches switches, RequestContext current, ILogger<CommunitySweep> logger)
{
    private readonly List<CommunityInfo> unavailable = [];

    /// <summary>
    /// Communities on a database of their own that could not be read in this request (dropped, or their server down):
    /// a street's or the city's sum leaves them out instead of failing (<see cref="SummedReport.Unavailable"/> names them).
    /// </summary>
    public IReadOnlyList<CommunityInfo> Unavailable => unavailable;

    public static readonly ErrorCode ScopeForbidden = new("Report.ScopeForbidden", "该账号无权查看此范围的汇总", "This account may not see figures of that scope");

    /// <summary>
    /// The communities <paramref name="reach"/> covers for the current account, with <paramref name="module"/> switched on.
    /// A street reaches the street of the request's community — or, with none chosen, a street account's own street; the
    /// city reaches every community. So a street's total is the sum over its communities whatever <c>X-Community</c> names.
    /// </summary>
    public IReadOnlyList<CommunityInfo> Communities(ReportScope reach, string module)
    {
        var access = current.Access ?? throw new UnauthorizedException(PlatformErrors.Unauthorized);
        var here = current.Community;
        if (here is null && !(reach == ReportScope.Street && access is { Kind: AccountKind.Street or AccountKind.Display, StreetId: not null } || reach == ReportScope.City))
            throw new InvalidInputException(PlatformErrors.CommunityRequired, "X-Community", PlatformErrors.CommunityRequired.Localized());
        IEnumerable<CommunityInfo> reached = reach switch
        {
            ReportScope.Community => [here!],
            ReportScope.Street when access.Kind is AccountKind.Street or AccountKind.City or AccountKind.Display =>
                directory.OfStreet(here?.StreetId ?? access.StreetId!.Value).Where(c => access.CanSee(c.Id)),
            ReportScope.City when access.Kind is AccountKind.City => directory.All,
            _ => throw new ForbiddenException(ScopeForbidden, Language.T("该账号不能查看这一范围的统计", $"A {access.Kind} account may not see {reach} figures.")),
        };
        return reached.Where(c => switches.IsEnabled(c.Id, module)).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The widest scope the account oversees: its street for a street account, the city for a city account; null for a
    /// community account (it oversees nothing).
    /// </summary>
    public ReportScope? Oversight => current.Access?.Kind switch
    {
        AccountKind.City => ReportScope.City,
        AccountKind.Street or AccountKind.Display => ReportScope.Street,
        _ => null,
    };

    /// <summary>
    /// Runs <paramref name="piece"/> in one community the account may see with <paramref name="module"/> on, in a scope of
    /// its own — for a page that spans communities (a street's inbox) and acts in the one a row came from, as a request
    /// naming it in <c>X-Community</c> would. 404 for an unknown community, 403 for one the account may not see.
    /// </summary>
    public async Task<T> InCommunityAsync<TService, T>(string code, string module, Func<TService, CancellationToken, Task<T>> piece, CancellationToken cancellationToken)
        where TService : notnull
    {
        var access = current.Access ?? throw new UnauthorizedException(PlatformErrors.Unauthorized);
        var community = directory.FindByCode(code) ?? throw new NotFoundException(PlatformErrors.CommunityNotFound);
        if (!access.CanSee(community.Id)) throw new ForbiddenException(PlatformErrors.CommunityForbidden);
        if (!switches.IsEnabled(community.Id, module)) throw new NotFoundException(PlatformErrors.ModuleDisabled);
        await using var inner = scopes.CreateAsyncScope(community, out var innerScope);
        innerScope.Access = current.Access;
        innerScope.AccountId = current.AccountId;
        innerScope.AccountName = current.AccountName;
        return await piece(inner.ServiceProvider.GetRequiredService<TService>(), cancellationToken);
    }

    /// <summary>Runs <paramref name="piece"/> once per community reached and returns the pieces in community-code order.</summary>
    public async Task<IReadOnlyList<T>> RunAsync<TService, T>(
        ReportScope reach, string module, Func<TService, CancellationToken, Task<T>> piece, CancellationToken cancellationToken)
        where TService : notnull
    {
        var reached = Communities(reach, module);
        var results = new List<T>(reached.Count);
        foreach (var community in reached)
        {
            await using var inner = scopes.CreateAsyncScope(community, out var innerScope);
            innerScope.Access = current.Access;
            innerScope.AccountId = current.AccountId;
            innerScope.AccountName = current.AccountName;
            // Record keys are the request community's: a narrowed account (a community account) reaches only that one.
            if (community.Id == current.CommunityId) current.Narrowing.CopyTo(innerScope.Narrowing);
            // A community's own database may be gone or down: across communities, one such is left out and named, not a 500.
            if (reach == ReportScope.Community || community.Database is null)
                results.Add(await piece(inner.ServiceProvider.GetRequiredService<TService>(), cancellationToken));
            else
                try
                {
                    results.Add(await piece(inner.ServiceProvider.GetRequiredService<TService>(), cancellationToken));
                }
                catch (Exception e) when (OwnDatabases.Unreachable(e))
                {
                    OwnDatabases.LogUnreachable(logger, community.Code, e);
                    unavailable.Add(community);
                }
        }

        return results;
    }
}

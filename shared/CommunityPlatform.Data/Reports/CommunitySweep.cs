using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Data.Reports;

/// <summary>
/// Runs one community's piece of a report for every community a <see cref="ReportScope"/> reaches, each in its own
/// service scope with <see cref="RequestContext"/> set to it — so the query filters, and a community's own database, apply
/// exactly as for a request of that community. Modules add the pieces up; rates are computed after the sum.
/// </summary>
public sealed class CommunitySweep(IServiceScopeFactory scopes, ICommunityDirectory directory, IModuleSwitches switches, RequestContext current)
{
    public static readonly ErrorCode ScopeForbidden = new("Report.ScopeForbidden", "该账号无权查看此范围的汇总", "This account may not see figures of that scope");

    /// <summary>The communities <paramref name="reach"/> covers for the current account, with <paramref name="module"/> switched on.</summary>
    public IReadOnlyList<CommunityInfo> Communities(ReportScope reach, string module)
    {
        var here = current.Community ?? throw new InvalidInputException(PlatformErrors.CommunityRequired, "X-Community", PlatformErrors.CommunityRequired.Localized());
        var access = current.Access ?? throw new UnauthorizedException(PlatformErrors.Unauthorized);
        IEnumerable<CommunityInfo> reached = reach switch
        {
            ReportScope.Community => [here],
            ReportScope.Street when access.Kind is AccountKind.Street or AccountKind.City => directory.OfStreet(here.StreetId).Where(c => access.CanSee(c.Id)),
            ReportScope.City when access.Kind is AccountKind.City => directory.All,
            _ => throw new ForbiddenException(ScopeForbidden, Language.T("该账号不能查看这一范围的统计", $"A {access.Kind} account may not see {reach} figures.")),
        };
        return reached.Where(c => switches.IsEnabled(c.Id, module)).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
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
            results.Add(await piece(inner.ServiceProvider.GetRequiredService<TService>(), cancellationToken));
        }

        return results;
    }
}

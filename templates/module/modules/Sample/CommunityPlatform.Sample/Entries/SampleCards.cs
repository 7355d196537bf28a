using System.Globalization;
using System.Net;
using CommunityPlatform.Application;
using CommunityPlatform.Modularity;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.Sample.Entries;

/// <summary>The module's card on the community's dashboard: how many entries it keeps.</summary>
public sealed class SampleCards(EntryService entries) : IDashboardCards, IScopedService
{
    public string Module => SampleModuleName.Value;

    public async Task<IReadOnlyList<DashboardCard>> CardsAsync(CancellationToken cancellationToken)
    {
        var total = (await entries.ListAsync(new PageQuery { PageSize = 1 }, cancellationToken)).Total;
        var fact = $"<div class=\"facts\"><div class=\"fact\"><div class=\"muted\">{WebUtility.HtmlEncode(Lang.T("记录", "Entries"))}</div>"
            + $"<div class=\"value\" data-fact=\"sample-entries\">{total.ToString(CultureInfo.InvariantCulture)}</div></div></div>";
        return [new DashboardCard(Lang.T("样例模块", "Sample"), fact, 500)];
    }
}

using System.Globalization;

namespace CommunityPlatform.PartyOrganization.Pages.Party;

/// <summary>A rate as the reports print it, the counts first so a reader can check it: "546 / 569 = 96.0%".</summary>
public static class RateText
{
    public static string Of(Rate rate) =>
        rate.Of == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{rate.Count} / {rate.Of} = —")
            : string.Create(CultureInfo.InvariantCulture, $"{rate.Count} / {rate.Of} = {rate.Percent:0.0}%");
}

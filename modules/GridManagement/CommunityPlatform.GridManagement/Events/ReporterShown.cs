using System.Text.RegularExpressions;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>
/// Who reported an event, as a page shows it. A hotline caller often leaves a phone with the name ("张先生 13912345678");
/// those who handle events call back and see it whole, anyone else (a read-only street account) sees it masked as
/// DESIGN.md masks phones: the first three and last four digits of a mobile, the last four of a landline.
/// </summary>
public static partial class ReporterShown
{
    public static string Of(string reporter, bool seesPhones) =>
        seesPhones ? reporter : Phone().Replace(reporter, m => m.Value.Length == 11 && m.Value[0] == '1'
            ? m.Value[..3] + "****" + m.Value[^4..]
            : new string('*', m.Value.Length - 4) + m.Value[^4..]);

    [GeneratedRegex(@"(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8})(?!\d)")]
    private static partial Regex Phone();
}

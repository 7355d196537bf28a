using System.Text;
using System.Text.RegularExpressions;

namespace CommunityPlatform.Residents.Domain;

/// <summary>
/// 联系电话: mainland China mobile and landline numbers, brought to one spelling so that the same number
/// typed two ways is stored, searched and de-duplicated as one.
/// </summary>
public static partial class Phone
{
    /// <summary>Checks a phone number and brings it to its stored form.</summary>
    /// <param name="text">
    /// A mobile (11 digits starting 13–19, optionally after +86, 0086 or 86) or a landline (area code, optional
    /// hyphen or parentheses, 7–8 digits, optional extension after <c>-</c> or <c>转</c>). Spaces are ignored,
    /// and so are hyphens in mobiles.
    /// </param>
    /// <param name="normalized">
    /// 11 digits for a mobile (<c>13812345678</c>); area code, hyphen and number for a landline
    /// (<c>0554-6661234</c>), followed by <c>-</c> and the extension when there is one; <c>""</c> when rejected.
    /// </param>
    public static bool TryNormalize(string? text, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = Compact(text);

        var mobile = MobilePattern().Match(compact.Replace("-", "", StringComparison.Ordinal));
        if (mobile.Success)
        {
            normalized = mobile.Groups["number"].Value;
            return true;
        }

        var landline = LandlinePattern().Match(compact);
        if (!landline.Success)
        {
            return false;
        }

        var area = landline.Groups["bracketed"].Success ? landline.Groups["bracketed"].Value : landline.Groups["area"].Value;
        var extension = landline.Groups["extension"];
        // The extension is kept: without it a call reaches a switchboard rather than the resident.
        normalized = area + "-" + landline.Groups["number"].Value + (extension.Success ? "-" + extension.Value : "");
        return true;
    }

    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Chinese input methods type full-width digits, ＋, － and （）; folding them by hand rather than with
            // string.Normalize keeps a Try method from throwing on malformed surrogates.
            var ascii = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(ascii))
            {
                builder.Append(ascii);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?:(?:\+|00)?86)?(?<number>1[3-9][0-9]{9})$", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    // Area codes starting 01 or 02 (010 Beijing; 020–029 Guangzhou, Shanghai, Tianjin, Chongqing and other big
    // cities) have three digits and all others four; fixing the length this way is what splits an unhyphenated 05546661234.
    // Local numbers never start with 0 or 1, which keeps a longer area code from being read as a shorter one.
    [GeneratedRegex(
        @"^(?:\((?<bracketed>0(?:[12][0-9]|[3-9][0-9]{2}))\)|(?<area>0(?:[12][0-9]|[3-9][0-9]{2}))-?)(?<number>[2-9][0-9]{6,7})(?:(?:-|转)(?<extension>[0-9]{1,6}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LandlinePattern();
}

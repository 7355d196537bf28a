using System.Globalization;
using System.Net;
using System.Text;

namespace CommunityPlatform.Web.Console;

/// <summary>
/// A horizontal bar chart drawn as SVG on the server: no chart library, no script, no network — it shows on an
/// office PC with no outside access and passes the strict Content-Security-Policy.
/// </summary>
public static class BarChart
{
    public static string Svg(string title, IReadOnlyList<(string Label, int Value)> bars)
    {
        const int width = 360, row = 26, left = 110;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var height = 30 + Math.Max(1, bars.Count) * row;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">{WebUtility.HtmlEncode(title)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = 28 + i * row;
            var length = (int)Math.Round((width - left - 50) * (double)value / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\" font-size=\"12\">{WebUtility.HtmlEncode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + 3}\" width=\"{Math.Max(1, length)}\" height=\"16\" fill=\"#b3261e\" rx=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + length + 6}\" y=\"{y + 15}\" font-size=\"12\">{value}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}

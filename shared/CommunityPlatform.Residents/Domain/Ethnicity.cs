using System.Collections.ObjectModel;

namespace CommunityPlatform.Residents.Domain;

/// <summary>
/// 民族: the 56 ethnic groups of GB 3304-1991 (codes 01–56), plus 97 其他 for groups not yet identified
/// (未识别民族) and 98 for Chinese citizens of foreign origin, both of which household registration uses.
/// </summary>
public static class Ethnicity
{
    private const string OtherCode = "97";

    // Kept in the standard's order; the codes are positions in it, so reordering would renumber groups.
    private static readonly (string Code, string Name)[] Entries =
    [
        ("01", "汉族"), ("02", "蒙古族"), ("03", "回族"), ("04", "藏族"), ("05", "维吾尔族"),
        ("06", "苗族"), ("07", "彝族"), ("08", "壮族"), ("09", "布依族"), ("10", "朝鲜族"),
        ("11", "满族"), ("12", "侗族"), ("13", "瑶族"), ("14", "白族"), ("15", "土家族"),
        ("16", "哈尼族"), ("17", "哈萨克族"), ("18", "傣族"), ("19", "黎族"), ("20", "傈僳族"),
        ("21", "佤族"), ("22", "畲族"), ("23", "高山族"), ("24", "拉祜族"), ("25", "水族"),
        ("26", "东乡族"), ("27", "纳西族"), ("28", "景颇族"), ("29", "柯尔克孜族"), ("30", "土族"),
        ("31", "达斡尔族"), ("32", "仫佬族"), ("33", "羌族"), ("34", "布朗族"), ("35", "撒拉族"),
        ("36", "毛南族"), ("37", "仡佬族"), ("38", "锡伯族"), ("39", "阿昌族"), ("40", "普米族"),
        ("41", "塔吉克族"), ("42", "怒族"), ("43", "乌孜别克族"), ("44", "俄罗斯族"), ("45", "鄂温克族"),
        ("46", "德昂族"), ("47", "保安族"), ("48", "裕固族"), ("49", "京族"), ("50", "塔塔尔族"),
        ("51", "独龙族"), ("52", "鄂伦春族"), ("53", "赫哲族"), ("54", "门巴族"), ("55", "珞巴族"),
        ("56", "基诺族"),
        (OtherCode, "其他"), ("98", "外国血统中国籍人士"),
    ];

    private static readonly Dictionary<string, string> CodesByName = BuildCodesByName();

    // Sorted rather than a plain Dictionary because a Dictionary's enumeration order is not guaranteed,
    // and pick lists built from this must follow the standard.
    /// <summary>Every code with its name, e.g. <c>"01"</c> → <c>"汉族"</c>, enumerated in code order.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } =
        new ReadOnlyDictionary<string, string>(
            new SortedDictionary<string, string>(Entries.ToDictionary(e => e.Code, e => e.Name), StringComparer.Ordinal));

    /// <summary>Finds the two-digit code for what a person typed or an import file holds.</summary>
    /// <param name="codeOrName">A code with or without its leading zero (<c>"1"</c>, <c>"01"</c>), a full name
    /// (<c>"汉族"</c>) or a name without 族 (<c>"汉"</c>).</param>
    /// <param name="code">The two-digit code, or <c>""</c> when nothing matches.</param>
    public static bool TryNormalize(string? codeOrName, out string code)
    {
        var text = codeOrName?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            code = "";
            return false;
        }

        if (text.Length <= 2 && text.All(char.IsAsciiDigit))
        {
            var padded = text.PadLeft(2, '0');
            if (All.ContainsKey(padded))
            {
                code = padded;
                return true;
            }
        }
        else if (CodesByName.TryGetValue(text, out var found))
        {
            code = found;
            return true;
        }

        code = "";
        return false;
    }

    /// <summary>The name for a code, or null when it is unknown; accepts anything <see cref="TryNormalize"/> does.</summary>
    public static string? NameOf(string? code) =>
        TryNormalize(code, out var normalized) ? All[normalized] : null;

    private static Dictionary<string, string> BuildCodesByName()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in Entries)
        {
            codes.Add(name, code);
            // Forms and spreadsheets often drop the 族; 土 (30) and 土家 (15) both survive this, as neither name
            // without 族 equals another full name.
            if (name.EndsWith('族'))
            {
                codes.Add(name[..^1], code);
            }
        }

        // 97 appears under its description as often as under its name.
        codes.Add("未识别民族", OtherCode);
        return codes;
    }
}

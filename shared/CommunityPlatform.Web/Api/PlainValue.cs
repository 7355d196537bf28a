using System.Globalization;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// The route and query values <see cref="LeanReads"/> converts itself: only the forms MVC's model binding reads the same
/// way. Anything else — an empty value, a NUL, an enum by a name it does not have, a number with a sign or spaces, a date
/// in another format — is "not plain", and the request goes to MVC, which binds it or answers its field error.
/// </summary>
internal static class PlainValue
{
    /// <summary>Whether <see cref="TryParse"/> knows <paramref name="type"/> (nullable or not).</summary>
    public static bool Knows(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t == typeof(Guid) || t == typeof(int) || t == typeof(long) || t == typeof(bool)
               || t == typeof(DateOnly) || t.IsEnum;
    }

    public static bool TryParse(Type type, string? text, out object? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text) || text.Contains('\0')) return false;
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            value = text;
            return true;
        }

        if (t == typeof(Guid))
            return Assign(Guid.TryParse(text, out var guid), guid, out value);
        // Digits only: MVC's converters also read signs, spaces and hex, which are rare enough to leave to MVC.
        if (t == typeof(int))
            return Assign(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number), number, out value);
        if (t == typeof(long))
            return Assign(long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var big), big, out value);
        if (t == typeof(bool))
            return Assign(text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase),
                text.Length == 4, out value);
        if (t == typeof(DateOnly))
            return Assign(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date), date, out value);
        if (t.IsEnum)
        {
            // By name only (as the API documents them); a number or a list of names goes to MVC.
            foreach (var name in Enum.GetNames(t))
                if (name.Equals(text, StringComparison.OrdinalIgnoreCase))
                {
                    value = Enum.Parse(t, name);
                    return true;
                }
        }

        return false;
    }

    private static bool Assign<T>(bool parsed, T parsedValue, out object? value)
    {
        value = parsed ? parsedValue : null;
        return parsed;
    }
}

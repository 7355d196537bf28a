using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CommunityPlatform.Residents.Domain;

/// <summary>
/// 公民身份号码: an 18-character citizen identity number per GB 11643-1999, or the number on a
/// residence permit for Hong Kong, Macau or Taiwan residents (港澳台居民居住证), which has the same layout.
/// Only <see cref="TryParse(string, DateOnly, out IdNumber, out string)"/> makes one, so a non-default
/// value has always passed every check.
/// </summary>
public readonly record struct IdNumber
{
    private const int Length = 18;
    private const string CheckChars = "10X98765432";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    // A backing field rather than an auto-property so that default(IdNumber) reads as "" instead of a null
    // hiding behind a non-nullable type.
    private readonly string? value;

    private IdNumber(string value, DateOnly birthDate, Gender gender)
    {
        this.value = value;
        BirthDate = birthDate;
        Gender = gender;
    }

    /// <summary>The number, trimmed and with a lower-case check character <c>x</c> upper-cased.</summary>
    public string Value => value ?? "";

    /// <summary>出生日期, from characters 7–14.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>性别, from the parity of the 17th character.</summary>
    public Gender Gender { get; }

    /// <summary>True for the 81, 82 and 83 prefixes: residence permits of Hong Kong, Macau and Taiwan residents.</summary>
    public bool IsResidencePermit => Value is ['8', '1' or '2' or '3', ..];

    /// <summary>The number with the birth date and sequence hidden, e.g. <c>340402********1234</c>.</summary>
    public string Masked => Mask(Value);

    /// <summary>Masks a stored number the same way as <see cref="Masked"/>.</summary>
    /// <returns>The value unchanged when it is shorter than 10 characters, since there is nothing left to hide.</returns>
    public static string Mask(string value) =>
        value.Length < 10 ? value : value[..6] + "********" + value[^4..];

    /// <summary>Parses and validates a number against today's date in China.</summary>
    public static bool TryParse(string? text, out IdNumber id, [NotNullWhen(false)] out string? problem) =>
        TryParse(text, ChinaToday(), out id, out problem);

    /// <summary>Parses and validates a number.</summary>
    /// <param name="text">The number as typed; surrounding whitespace and a lower-case <c>x</c> are accepted.</param>
    /// <param name="today">The latest acceptable birth date.</param>
    /// <param name="id">The parsed number, or <c>default</c> when the text is rejected.</param>
    /// <param name="problem">When the text is rejected, a sentence saying what is wrong with it, in the request's language.</param>
    public static bool TryParse(string? text, DateOnly today, out IdNumber id, [NotNullWhen(false)] out string? problem)
    {
        id = default;
        var value = text?.Trim().Replace('x', 'X');

        if (string.IsNullOrEmpty(value))
        {
            problem = T("身份证号码不能为空", "The ID number is empty.");
            return false;
        }

        if (value.Length != Length)
        {
            problem = T($"身份证号码应为 {Length} 位，这个是 {value.Length} 位", $"An ID number has {Length} characters, but this one has {value.Length}.");
            return false;
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                problem = T($"身份证号码前 17 位须为数字，第 {i + 1} 位不是", $"Character {i + 1} of the ID number is '{value[i]}', but the first 17 characters must be digits.");
                return false;
            }
        }

        if (!char.IsAsciiDigit(value[^1]) && value[^1] != 'X')
        {
            problem = T("身份证号码最后一位须为数字或 X", $"The last character of the ID number is '{value[^1]}', but it must be a digit or X.");
            return false;
        }

        if (!IsProvince(Digits(value, 0, 2)))
        {
            problem = T($"身份证号码以 {value[..2]} 开头，不是省级行政区代码", $"The ID number starts with '{value[..2]}', which is not a province code.");
            return false;
        }

        var year = Digits(value, 6, 4);
        var month = Digits(value, 10, 2);
        var day = Digits(value, 12, 2);
        // Ordered so DaysInMonth only sees a year and month it accepts; it throws on the rest.
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem = T($"身份证号码中的出生日期 {value.Substring(6, 8)} 不是有效日期", $"The birth date '{value.Substring(6, 8)}' in the ID number is not a real date.");
            return false;
        }

        var birthDate = new DateOnly(year, month, day);
        if (birthDate < Earliest)
        {
            problem = T($"身份证号码中的出生日期 {Format(birthDate)} 早于 {Format(Earliest)}", $"The birth date {Format(birthDate)} in the ID number is before {Format(Earliest)}.");
            return false;
        }

        if (birthDate > today)
        {
            problem = T($"身份证号码中的出生日期 {Format(birthDate)} 晚于今天", $"The birth date {Format(birthDate)} in the ID number is in the future.");
            return false;
        }

        // The expected character is left out on purpose: offered it, a clerk tends to "fix" the check
        // character instead of finding the digit that was really mistyped.
        if (value[^1] != CheckChar(value))
        {
            problem = T("身份证号码校验位与前 17 位不符，可能有一位输错了", "The check character of the ID number does not match the other 17 characters; one of them was probably mistyped.");
            return false;
        }

        var gender = (value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
        id = new IdNumber(value, birthDate, gender);
        problem = null;
        return true;
    }

    /// <summary>The GB 11643-1999 check character for the first 17 characters of a number.</summary>
    /// <param name="first17">Exactly 17 ASCII digits; an 18-character number is not accepted, to catch passing a whole one.</param>
    /// <exception cref="ArgumentException">When <paramref name="first17"/> is not 17 ASCII digits.</exception>
    public static char CheckCharFor(string first17)
    {
        if (first17.Length != Length - 1 || !first17.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Give exactly the first 17 digits of an ID number.", nameof(first17));
        }

        return CheckChar(first17);
    }

    /// <summary>Returns <see cref="Masked"/>, so that logging or interpolating a number never writes it out in full.</summary>
    public override string ToString() => Masked;

    // The clerk's language: Chinese unless the request's UI culture is English.
    private static string T(string chinese, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : chinese;

    // Birth dates on ID cards are Beijing dates. China has had no daylight saving since 1991, so a fixed +8
    // offset is exact and avoids time-zone ids that differ between Windows and Linux.
    private static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    // Callers have already made sure the first 17 characters are ASCII digits.
    private static char CheckChar(string digits)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    private static bool IsProvince(int code) =>
        code is (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37) or (>= 41 and <= 46)
            or (>= 50 and <= 54) or (>= 61 and <= 65) or 71 or 81 or 82 or 83;

    private static int Digits(string value, int start, int count)
    {
        var result = 0;
        for (var i = start; i < start + count; i++)
        {
            result = result * 10 + (value[i] - '0');
        }

        return result;
    }

    // Invariant so a culture with another calendar (th-TH counts Buddhist years) cannot rewrite the year.
    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

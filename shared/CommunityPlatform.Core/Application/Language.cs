using System.Globalization;

namespace CommunityPlatform.Application;

/// <summary>
/// Chinese first, English on request, for texts made below the web layer (domain rules, services): the request's UI
/// culture picks one. The console's <c>Lang</c> is the same rule for pages.
/// </summary>
public static class Language
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string chinese, string english) => IsEnglish ? english : chinese;
}

using System.Globalization;

namespace CommunityPlatform.Web.Console;

/// <summary>Chinese first, English on request: pages write both and the culture of the request picks one.</summary>
public static class Lang
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string chinese, string english) => IsEnglish ? english : chinese;
}

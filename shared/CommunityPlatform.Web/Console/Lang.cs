namespace CommunityPlatform.Web.Console;

/// <summary>Chinese first, English on request: pages write both and the culture of the request picks one.</summary>
public static class Lang
{
    public static bool IsEnglish => CommunityPlatform.Application.Language.IsEnglish;

    public static string T(string chinese, string english) => CommunityPlatform.Application.Language.T(chinese, english);
}

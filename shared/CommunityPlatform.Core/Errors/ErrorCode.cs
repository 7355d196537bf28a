namespace CommunityPlatform.Errors;

/// <summary>A stable error code with its message in Chinese (the default) and English.</summary>
public sealed record ErrorCode(string Code, string Message, string EnglishMessage)
{
    public string Localized(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? EnglishMessage : Message;

    /// <summary>The message in the language of the current request.</summary>
    public string Localized() => Localized(System.Globalization.CultureInfo.CurrentUICulture);

    public override string ToString() => Code;
}

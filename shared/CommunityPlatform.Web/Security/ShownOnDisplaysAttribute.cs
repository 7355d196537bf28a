namespace CommunityPlatform.Web.Security;

/// <summary>
/// An endpoint a display account (<c>AccountKind.Display</c>, the wall display of a street's service centre) may call:
/// the big screen and its data. Every other endpoint refuses a display account (the API 403, the console sends it to
/// the screen), whatever permissions it names.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ShownOnDisplaysAttribute : Attribute
{
    public const string Screen = "/screen";
}

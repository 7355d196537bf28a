namespace CommunityPlatform.Modularity;

/// <summary>What a module says about itself: the name used in routes and switches, titles, version, dependencies.</summary>
/// <param name="Name">Stable PascalCase name, e.g. <c>Library</c>; case-insensitive in routes.</param>
/// <param name="IsPlatform">Platform modules are on for every community and cannot be switched off.</param>
public sealed record ModuleInfo(
    string Name,
    string Title,
    string EnglishTitle,
    Version Version,
    IReadOnlyList<string> DependsOn,
    bool IsPlatform = false);

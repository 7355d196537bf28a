namespace CommunityPlatform.Seeding;

/// <summary>
/// An account a module wants in a demo community, e.g. the grid module's <c>&lt;code&gt;-gridworker</c> holding
/// <c>grid-worker</c>. The Identity module creates whatever the modules declare; it knows none of their roles.
/// </summary>
/// <param name="Suffix">The user name is <c>&lt;community code&gt;-&lt;suffix&gt;</c>.</param>
/// <param name="Title">Shown after the community's name, e.g. 网格员.</param>
public sealed record DemoAccount(string Suffix, string Title, string Role);

namespace CommunityPlatform.Seeding;

/// <summary>
/// An account a module wants in a demo community, e.g. a library module's <c>&lt;code&gt;-librarian</c> holding its
/// <c>library-staff</c> role. The Identity module creates whatever the modules declare; it knows none of their roles.
/// </summary>
/// <param name="Suffix">The user name is <c>&lt;community code&gt;-&lt;suffix&gt;</c>.</param>
/// <param name="Title">Shown after the community's name, e.g. 图书管理员.</param>
public sealed record DemoAccount(string Suffix, string Title, string Role);

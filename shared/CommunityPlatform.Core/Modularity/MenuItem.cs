namespace CommunityPlatform.Modularity;

/// <summary>An entry of the console's menu, shown when its module is on for the community and the account holds its permission.</summary>
/// <param name="Permission">Needed to see the entry; null for every signed-in account.</param>
/// <param name="CityOnly">Shown only to the city administrator (communities, module switches).</param>
/// <param name="Oversight">
/// An entry of street and city accounts over all their communities (the overview, a street's inbox): shown to them only,
/// community chosen or not, when they hold <paramref name="Permission"/> across their communities.
/// </param>
public sealed record MenuItem(string Title, string EnglishTitle, string Url, string? Permission = null, int Order = 100, bool CityOnly = false, bool Oversight = false);

/// <summary>Collects a module's menu entries.</summary>
public sealed class MenuBuilder
{
    private readonly List<MenuItem> items = [];

    public IReadOnlyList<MenuItem> Items => items;

    public MenuBuilder Add(MenuItem item)
    {
        items.Add(item);
        return this;
    }
}

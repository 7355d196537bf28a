namespace CommunityPlatform.Permissions;

/// <summary>Collects the role templates of every module while the host starts.</summary>
public sealed class RoleTemplateBuilder
{
    private readonly Dictionary<string, (string Title, string EnglishTitle, HashSet<string> Permissions)> templates = new(StringComparer.Ordinal);

    public RoleTemplateBuilder Template(string name, string title, string englishTitle, params IEnumerable<string> permissions)
    {
        if (!templates.TryGetValue(name, out var template))
        {
            template = (title, englishTitle, new HashSet<string>(StringComparer.Ordinal));
            templates[name] = template;
        }

        template.Permissions.UnionWith(permissions);
        return this;
    }

    internal IReadOnlyList<RoleTemplate> Build() =>
        templates.Select(t => new RoleTemplate(t.Key, t.Value.Title, t.Value.EnglishTitle, t.Value.Permissions)).ToList();
}

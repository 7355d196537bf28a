namespace CommunityPlatform.Permissions;

/// <summary>Collects the permissions of every module while the host starts.</summary>
public sealed class PermissionBuilder
{
    private readonly List<PermissionDefinition> definitions = [];
    private string module = "";

    internal IReadOnlyList<PermissionDefinition> Definitions => definitions;

    public PermissionBuilder ForModule(string moduleName)
    {
        module = moduleName;
        return this;
    }

    public PermissionGroupBuilder Group(string name, string title) => new(this, name, title);

    public sealed class PermissionGroupBuilder(PermissionBuilder owner, string group, string groupTitle)
    {
        public string Title { get; } = groupTitle;

        /// <param name="tier">Who may hold it: community roles (the default), street accounts, or the city only.</param>
        public PermissionGroupBuilder Add(string name, string title, string englishTitle, PermissionTier tier = PermissionTier.Community)
        {
            if (owner.definitions.Any(d => d.Name == name))
                throw new InvalidOperationException($"Permission '{name}' is defined twice.");
            owner.definitions.Add(new PermissionDefinition(name, title, englishTitle, group, owner.module, tier));
            return this;
        }
    }
}

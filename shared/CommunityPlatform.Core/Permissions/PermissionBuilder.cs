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
        /// <param name="readOnly">
        /// The permission only reads, though its name does not end in <c>.View</c> (e.g. one that widens what is read):
        /// a street account may hold it.
        /// </param>
        public PermissionGroupBuilder Add(string name, string title, string englishTitle, PermissionTier tier = PermissionTier.Community, bool readOnly = false)
        {
            if (owner.definitions.Any(d => d.Name == name))
                throw new InvalidOperationException($"Permission '{name}' is defined twice.");
            owner.definitions.Add(new PermissionDefinition(
                name, title, englishTitle, group, owner.module, tier, readOnly || name.EndsWith(".View", StringComparison.Ordinal)));
            return this;
        }
    }
}

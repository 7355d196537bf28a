namespace CommunityPlatform.Data;

/// <summary>A context a module registered, in module order: the migrator migrates each of them.</summary>
/// <param name="HoldsCommunityData">
/// Its rows belong to communities and go with a community that gets its own database. False for the platform's
/// own tables (communities, switches, accounts, the kernel's), which always stay in the shared database.
/// </param>
public sealed record ModuleDatabase(Type ContextType, string TablePrefix, bool HoldsCommunityData = true)
{
    public string HistoryTable => $"__{TablePrefix}_Migrations";

    /// <summary>The provider subclasses, which carry the migrations: known without creating a context, whose first use builds its model.</summary>
    public Type? SqliteContextType { get; init; }

    public Type? MySqlContextType { get; init; }

    public Type? ProviderContextType(DatabaseProvider provider) => provider == DatabaseProvider.MySql ? MySqlContextType : SqliteContextType;
}

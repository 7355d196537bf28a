namespace CommunityPlatform.Data;

/// <summary>A context a module registered, in module order: the migrator migrates each of them.</summary>
public sealed record ModuleDatabase(Type ContextType, string TablePrefix)
{
    public string HistoryTable => $"__{TablePrefix}_Migrations";
}

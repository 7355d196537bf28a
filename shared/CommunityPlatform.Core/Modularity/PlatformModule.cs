using CommunityPlatform.Permissions;

namespace CommunityPlatform.Modularity;

/// <summary>
/// Everything a module brings to the host, declared in one class: services, permissions and role templates.
/// Controllers, migrations and seeders are found in the module's assembly.
/// </summary>
public abstract class PlatformModule
{
    public abstract ModuleInfo Info { get; }

    public virtual void ConfigureServices(ModuleServices services)
    {
    }

    public virtual void DefinePermissions(PermissionBuilder permissions)
    {
    }

    public virtual void DefineRoles(RoleTemplateBuilder roles)
    {
    }

    /// <summary>The accounts the module wants in a demo community (<paramref name="context"/> has its demo data).</summary>
    public virtual IEnumerable<Seeding.DemoAccount> DemoAccounts(Seeding.CommunitySeedContext context) => [];

    /// <summary>The module's kinds of record (entity class names, as the audit trail stores them) in Chinese and English, for the audit page.</summary>
    public virtual IEnumerable<(string Code, string Chinese, string English)> AuditVocabulary() => [];

    /// <summary>
    /// The module's enumerations the audit trail stores as numbers, as "Record.Field" (a field of a value kept inside the
    /// record, an event's steps, counts as the record's), each with the word for a number in the reader's language.
    /// </summary>
    public virtual IEnumerable<(string Field, Func<int, string?> Name)> AuditEnumerations() => [];

    /// <summary>Whether the demo switches the module on for <paramref name="demo"/>: a module its report never mentions stays off there.</summary>
    public virtual bool UsedBy(Seeding.DemoCommunity demo) => true;

    /// <summary>The module's entries in the console's menu.</summary>
    public virtual void DefineMenu(MenuBuilder menu)
    {
    }

    public override string ToString() => Info.Name;
}

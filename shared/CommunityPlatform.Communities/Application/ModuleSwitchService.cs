using CommunityPlatform.Application;
using CommunityPlatform.Communities.Data;
using CommunityPlatform.Communities.Domain;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Communities.Application;

/// <summary>Switching business modules on and off per community, with history. Platform modules are always on.</summary>
public sealed class ModuleSwitchService(
    CommunitiesDbContext db,
    ModuleCatalog catalog,
    ModuleSwitches cache,
    ICommunityDirectory directory,
    RequestContext current,
    TimeProvider clock) : IScopedService
{
    public IReadOnlyList<ModuleDto> Installed() =>
        catalog.Modules.Select(m => new ModuleDto(m.Info.Name, m.Info.Title, m.Info.EnglishTitle, m.Info.Version.ToString(), m.Info.IsPlatform, m.Info.DependsOn)).ToList();

    public IReadOnlyList<ModuleSwitchDto> List(string community)
    {
        var info = Visible(community);
        var enabled = cache.EnabledIn(info.Id);
        return catalog.Modules.Select(m => new ModuleSwitchDto(
            m.Info.Name, m.Info.Title, m.Info.EnglishTitle, m.Info.IsPlatform || enabled.Contains(m.Info.Name), m.Info.IsPlatform, m.Info.DependsOn)).ToList();
    }

    public async Task<ModuleSwitchDto> EnableAsync(string community, string moduleName, CancellationToken ct)
    {
        var info = Visible(community);
        var module = Installed(moduleName);
        var enabled = cache.EnabledIn(info.Id);
        var off = module.Info.DependsOn.Where(d => catalog.Find(d) is { Info.IsPlatform: false } && !enabled.Contains(d)).ToList();
        if (off.Count > 0)
            throw new BusinessRuleException(CommunitiesErrors.DependenciesDisabled, Language.T($"请先启用{string.Join("、", off)}", $"'{module.Info.Name}' needs {string.Join(", ", off)} switched on first."));

        if (!module.Info.IsPlatform && !enabled.Contains(module.Info.Name))
        {
            using (current.Enter(info))
            {
                db.ModuleSwitches.Add(new ModuleSwitch(info.Id, module.Info.Name));
                Record(info, module, enabled: true);
                await db.SaveChangesAsync(ct);
            }

            cache.Refresh(info.Id);
        }

        return new ModuleSwitchDto(module.Info.Name, module.Info.Title, module.Info.EnglishTitle, true, module.Info.IsPlatform, module.Info.DependsOn);
    }

    public async Task<ModuleSwitchDto> DisableAsync(string community, string moduleName, CancellationToken ct)
    {
        var info = Visible(community);
        var module = Installed(moduleName);
        if (module.Info.IsPlatform)
            throw new BusinessRuleException(CommunitiesErrors.PlatformModule, Language.T("平台模块不能关闭", $"'{module.Info.Name}' is a platform module."));

        var enabled = cache.EnabledIn(info.Id);
        var dependants = catalog.Modules.Where(m => enabled.Contains(m.Info.Name) && m.Info.DependsOn.Contains(module.Info.Name, StringComparer.OrdinalIgnoreCase))
            .Select(m => m.Info.Name).ToList();
        if (dependants.Count > 0)
            throw new BusinessRuleException(CommunitiesErrors.RequiredByOthers, Language.T($"{string.Join("、", dependants)}依赖此模块", $"{string.Join(", ", dependants)} depend on '{module.Info.Name}'."));

        using (current.Enter(info))
        {
            var row = await db.ModuleSwitches.FirstOrDefaultAsync(s => s.Module == module.Info.Name, ct);
            if (row is not null)
            {
                db.ModuleSwitches.Remove(row);
                Record(info, module, enabled: false);
                await db.SaveChangesAsync(ct);
            }
        }

        cache.Refresh(info.Id);
        return new ModuleSwitchDto(module.Info.Name, module.Info.Title, module.Info.EnglishTitle, false, false, module.Info.DependsOn);
    }

    public async Task<IReadOnlyList<ModuleSwitchChangeDto>> HistoryAsync(string community, CancellationToken ct)
    {
        var info = Visible(community);
        using (current.Enter(info))
        {
            return await db.ModuleSwitchChanges.AsNoTracking().OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
                .Select(c => new ModuleSwitchChangeDto(c.Module, c.Enabled, c.ChangedBy, c.ChangedByName, c.ChangedAt))
                .ToListAsync(ct);
        }
    }

    /// <summary>
    /// The modules a new community asks for, checked before anything is saved (each installed, each one's business
    /// dependencies among them) and put in the order they can be switched on.
    /// </summary>
    internal IReadOnlyList<string> PlanForNewCommunity(IReadOnlyList<string> names)
    {
        var wanted = new List<PlatformModule>();
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
            wanted.Add(catalog.Find(name) ?? throw new InvalidInputException(CommunitiesErrors.ModuleNotFound, "modules", Language.T("没有安装这个模块", $"No module named '{Shorten(name)}' is installed.")));
        var missing = wanted.SelectMany(m => m.Info.DependsOn)
            .Where(d => catalog.Find(d) is { Info.IsPlatform: false } && !wanted.Any(w => string.Equals(w.Info.Name, d, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
            throw new InvalidInputException(CommunitiesErrors.DependenciesDisabled, "modules", Language.T($"还须启用{string.Join("、", missing)}", $"Also switch on {string.Join(", ", missing)}."));
        return catalog.Modules.Where(wanted.Contains).Where(m => !m.Info.IsPlatform).Select(m => m.Info.Name).ToList();

        static string Shorten(string name) => name.Length > 64 ? name[..64] + "…" : name;
    }

    private void Record(CommunityInfo info, PlatformModule module, bool enabled) =>
        db.ModuleSwitchChanges.Add(new ModuleSwitchChange(info.Id, module.Info.Name, enabled, current.Access?.AccountId, current.Access?.UserName, clock.GetUtcNow().UtcDateTime));

    private PlatformModule Installed(string name) =>
        catalog.Find(name) ?? throw new NotFoundException(CommunitiesErrors.ModuleNotFound, Language.T("没有安装这个模块", $"No module named '{name}' is installed."));

    private CommunityInfo Visible(string community)
    {
        var info = (Guid.TryParse(community, out var id) ? directory.Find(id) : directory.FindByCode(community))
            ?? throw new NotFoundException(PlatformErrors.CommunityNotFound);
        if (current.Access?.CanSee(info.Id) != true) throw new ForbiddenException(PlatformErrors.CommunityForbidden);
        return info;
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.Communities.Data;
using CommunityPlatform.Communities.Domain;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Seeding;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Communities.Application;

/// <summary>Communities as the accounts see them: the city all, a street its own, a community account the ones it works in.</summary>
public sealed class CommunityService(
    CommunitiesDbContext db,
    RequestContext current,
    CommunityDirectory directory,
    ModuleSwitchService switches,
    SeedRunner seeder,
    IAccountAccessSource accounts) : IScopedService
{
    public async Task<Paged<CommunityDto>> ListAsync(Guid? streetId, string? search, PageQuery page, CancellationToken ct)
    {
        var query = Visible();
        if (streetId is { } street) query = query.Where(c => c.StreetId == street);
        if (!string.IsNullOrWhiteSpace(search)) query = query.Where(c => c.Name.Contains(search) || c.Code.StartsWith(search));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(c => c.Code).Skip(page.Skip).Take(page.PageSize)
            .Join(db.Streets, c => c.StreetId, s => s.Id, (c, s) => new { c, s.Name })
            .ToListAsync(ct);
        return new Paged<CommunityDto>(rows.Select(r => r.c.ToDto(r.Name)).ToList(), total);
    }

    public async Task<CommunityDto> GetAsync(string idOrCode, CancellationToken ct)
    {
        var community = await FindVisibleAsync(idOrCode, ct);
        return community.ToDto(await StreetNameAsync(community.StreetId, ct));
    }

    public async Task<CommunityDto> CreateAsync(CreateCommunityRequest request, CancellationToken ct)
    {
        var streetName = await StreetNameAsync(request.StreetId!.Value, ct);
        if (await db.Communities.AnyAsync(c => c.Code == request.Code, ct))
            throw new ConflictException(CommunitiesErrors.CodeTaken, Language.T("代码已被使用", $"'{request.Code}' is taken."));

        // Every check before the community is saved: a refused request leaves no half-made community behind.
        var modules = switches.PlanForNewCommunity(request.Modules ?? []);
        var community = new Community(request.Code!, request.Name!.Trim(), request.StreetId.Value, request.Profile.ToProfile());
        db.Communities.Add(community);
        await db.SaveChangesAsync(ct);
        // Only what this community changes: its directory entry and its street's accounts. Reloading the whole
        // directory and every account's access made each creation O(N) — slow to provision a city of 10,000.
        directory.Refresh(community.Id);
        accounts.InvalidateStreet(community.StreetId);

        var info = directory.Find(community.Id)!;
        foreach (var module in modules)
            await switches.EnableAsync(community.Code, module, ct);
        await seeder.SeedCommunityAsync(info, ct);
        return community.ToDto(streetName);
    }

    public async Task<CommunityDto> UpdateAsync(string idOrCode, UpdateCommunityRequest request, CancellationToken ct)
    {
        var community = await FindVisibleAsync(idOrCode, ct);
        db.ExpectStamp(community, request.ConcurrencyStamp);
        var streetName = await StreetNameAsync(request.StreetId!.Value, ct);
        var formerStreet = community.StreetId;
        community.Update(request.Name!.Trim(), request.StreetId.Value, request.Profile.ToProfile());
        await db.SaveChangesAsync(ct);
        directory.Refresh(community.Id);
        accounts.InvalidateStreet(formerStreet);
        accounts.InvalidateStreet(community.StreetId);
        return community.ToDto(streetName);
    }

    internal async Task<Community> FindVisibleAsync(string idOrCode, CancellationToken ct)
    {
        var community = Guid.TryParse(idOrCode, out var id)
            ? await db.Communities.FirstOrDefaultAsync(c => c.Id == id, ct)
            : await db.Communities.FirstOrDefaultAsync(c => c.Code == idOrCode, ct);
        if (community is null) throw new NotFoundException(PlatformErrors.CommunityNotFound);
        if (current.Access?.CanSee(community.Id) != true) throw new ForbiddenException(PlatformErrors.CommunityForbidden);
        return community;
    }

    private IQueryable<Community> Visible()
    {
        var access = current.Access!;
        return access.Kind switch
        {
            AccountKind.City => db.Communities,
            _ => db.Communities.Where(c => access.Communities.Contains(c.Id)),
        };
    }

    private async Task<string> StreetNameAsync(Guid streetId, CancellationToken ct) =>
        await db.Streets.Where(s => s.Id == streetId).Select(s => s.Name).FirstOrDefaultAsync(ct)
        ?? throw new InvalidInputException(CommunitiesErrors.StreetNotFound, "streetId", CommunitiesErrors.StreetNotFound.Localized());
}

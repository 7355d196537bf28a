using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Auditing;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Application;

/// <summary>
/// Registering, finding and updating residents of the request's community. ID numbers are masked in every answer, for
/// everyone (PIPL: they are sensitive personal information); one resident's whole number is given only on an explicit,
/// audited request (<see cref="RevealIdNumberAsync"/>).
/// </summary>
public sealed class ResidentService(ResidentsDbContext db, ResidentChecks checks, RequestContext current, AuditTrail audit, TimeProvider clock) : IScopedService
{
    public async Task<Paged<ResidentDto>> SearchAsync(ResidentQuery q, CancellationToken ct)
    {
        var page = await QueryAsync(q, ct);
        return new Paged<ResidentDto>(page.Items.Select(Shown).ToList(), page.Total);
    }

    /// <summary>The residents a search finds, as stored; also what the ledger export writes.</summary>
    public async Task<Paged<Resident>> QueryAsync(ResidentQuery q, CancellationToken ct)
    {
        var query = db.Residents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Name))
        {
            var prefix = q.Name.Trim();
            query = query.WhereNameStartsWith(prefix, db.Database);
        }

        if (!string.IsNullOrWhiteSpace(q.IdNumber))
        {
            var id = q.IdNumber.Trim().ToUpperInvariant();
            query = query.Where(r => r.IdNumber == id);
        }

        if (!string.IsNullOrWhiteSpace(q.Phone))
        {
            var phone = Phone.TryNormalize(q.Phone, out var normalized) ? normalized : q.Phone.Trim();
            query = query.Where(r => r.Phone == phone);
        }

        if (q.BuildingId is { } building) query = query.Where(r => r.BuildingId == building);
        if (q.HouseholdId is { } household) query = query.Where(r => r.HouseholdId == household);
        if (q.Status is { } status) query = query.Where(r => r.Status == status);
        if (q.ResidenceType is { } type) query = query.Where(r => r.ResidenceType == type);
        if (!SensitiveCategories.MaySearchBy(current, q.Tag))
            throw new ForbiddenException(PlatformErrors.PermissionDenied, Language.T("街道和市级账号只能看到敏感类别的人数，看不到名单。", "Street and city accounts see sensitive categories as counts, not by name."));
        if (q.Tag is { } tag)
        {
            var bit = TagBitsOf.Bit(tag);
            query = query.Where(r => (r.TagBits & bit) != 0);
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(r => r.Name).ThenBy(r => r.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<Resident>(page, total);
    }

    public async Task<ResidentDto> GetAsync(Guid id, CancellationToken ct) => Shown(await FindAsync(id, ct, tracked: false));

    // A street or city account sees sensitive categories as counts, never on a person (SensitiveCategories).
    private ResidentDto Shown(Resident r)
    {
        var dto = ResidentMapper.ToDto(r);
        return current.IsOversight ? dto with { Tags = SensitiveCategories.ShownTo(current, dto.Tags) } : dto;
    }

    /// <summary>
    /// One resident's whole ID number (the API's <c>id-number</c> and the console's "show"), for accounts holding
    /// Residents.ViewSensitive, each time audited as <c>Residents.IdNumberShown</c>. A resident the account may not
    /// read (another community, outside the buildings it is given) is not found.
    /// </summary>
    public async Task<string?> RevealIdNumberAsync(Guid id, CancellationToken ct)
    {
        if (!current.Has(ResidentsPermissions.ViewSensitive)) throw new ForbiddenException(PlatformErrors.PermissionDenied);
        var resident = await FindAsync(id, ct, tracked: false);
        await audit.RecordAsync("Residents.IdNumberShown", "Resident", cancellationToken: ct, entityId: resident.Id.ToString());
        return resident.IdNumber;
    }

    public async Task<ResidentDto> CreateAsync(ResidentRequest request, CancellationToken ct)
    {
        var details = await checks.CheckAsync(request, ct);
        await EnsureIdNumberFreeAsync(details.IdNumber, null, ct);
        var resident = new Resident(details);
        db.Residents.Add(resident);
        await db.SaveChangesAsync(ct);
        return ResidentMapper.ToDto(resident);
    }

    /// <summary>An ID number sent back masked, as every read gives it, keeps the stored one.</summary>
    public async Task<ResidentDto> UpdateAsync(Guid id, ResidentRequest request, CancellationToken ct)
    {
        var resident = await FindAsync(id, ct);
        db.ExpectStamp(resident, request.ConcurrencyStamp);
        var details = await checks.CheckAsync(request, ct, storedIdNumber: resident.IdNumber);
        if (resident.Status == ResidentStatus.Living) await EnsureIdNumberFreeAsync(details.IdNumber, id, ct);
        resident.Update(details);
        await db.SaveChangesAsync(ct);
        return ResidentMapper.ToDto(resident);
    }

    /// <summary>Moving out, death, or moving back: the record stays.</summary>
    public async Task<ResidentDto> ChangeStatusAsync(Guid id, ResidentStatusRequest request, CancellationToken ct)
    {
        var resident = await FindAsync(id, ct);
        db.ExpectStamp(resident, request.ConcurrencyStamp);
        if (request.Status == ResidentStatus.Living && resident.Status != ResidentStatus.Living)
            await EnsureIdNumberFreeAsync(resident.IdNumber, id, ct);
        resident.ChangeStatus(request.Status!.Value, request.Since ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return ResidentMapper.ToDto(resident);
    }

    // Reads do not track: nothing will be saved, and tracking costs a snapshot of every loaded row.
    private async Task<Resident> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Residents : db.Residents.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new NotFoundException(ResidentsErrors.ResidentNotFound);

    // Unique in the whole community, past a narrowed account's buildings: the community and soft delete spelled out.
    private async Task EnsureIdNumberFreeAsync(string? idNumber, Guid? except, CancellationToken ct)
    {
        if (idNumber is null) return;
        var community = db.Scope.CommunityId;
        if (await db.Residents.IgnoreQueryFilters().AnyAsync(r => r.CommunityId == community && !r.IsDeleted &&
                r.IdNumber == idNumber && r.Status == ResidentStatus.Living && r.Id != except, ct))
            throw new ConflictException(ResidentsErrors.IdNumberTaken);
    }
}

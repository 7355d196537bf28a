using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Vendors;

/// <summary>Vendors' files: masked identifiers, the health certificate for those who may see it, leaving and keeping the file six months.</summary>
public sealed class VendorService(MarketDbContext db, IResidentDirectory registry, Actors actors, TimeProvider clock) : IScopedService
{
    public async Task<Paged<VendorDto>> ListAsync(VendorQuery q, CancellationToken ct)
    {
        var vendors = db.Vendors.AsNoTracking();
        if (q.IncludeLeft != true) vendors = vendors.Where(v => v.LeftOn == null);
        if (q.Name is { Length: > 0 } name) vendors = vendors.Where(v => v.Name.StartsWith(name));
        var total = await vendors.CountAsync(ct);
        var page = await vendors.OrderBy(v => v.BadgeNumber == null).ThenBy(v => v.BadgeNumber).ThenBy(v => v.Name).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<VendorDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<VendorDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct, tracked: false)], ct))[0];

    public async Task<VendorDto> CreateAsync(VendorRequest r, CancellationToken ct)
    {
        string? idNumber = null;
        if (r.ResidentId is { } residentId && (await registry.GetManyAsync([residentId], ct)).Count == 0)
            throw new InvalidInputException(MarketErrors.ResidentNotFound, "residentId", Language.T("本社区没有这位居民。", "No such resident in this community."));
        if (r.IdNumber is not null && (idNumber = IdentityNumbers.Normalize(r.IdNumber)) is null)
            throw new InvalidInputException(MarketErrors.IdNumberInvalid, "idNumber", Language.T("身份证号的校验位或出生日期不正确。", "The check digit or the birth date is wrong."));
        if (r.ResidentId is null && idNumber is null && r.CreditCode is null)
            throw new InvalidInputException(MarketErrors.ApplicantUnknown, "idNumber", MarketErrors.ApplicantUnknown.Localized());
        var vendor = new Vendor(r.Name!, r.ResidentId, idNumber, r.CreditCode?.ToUpperInvariant(), r.Phone!, r.Goods!, r.Source) { Resident = r.ResidentId is not null };
        Dates(vendor, r);
        db.Vendors.Add(vendor);
        await db.SaveChangesAsync(ct);
        return await GetAsync(vendor.Id, ct);
    }

    public async Task<VendorDto> UpdateAsync(Guid id, VendorRequest r, CancellationToken ct)
    {
        var vendor = await FindAsync(id, ct);
        db.ExpectStamp(vendor, r.ConcurrencyStamp);
        vendor.Change(r.Name!, r.Phone!, r.Goods!, r.Source);
        Dates(vendor, r);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>The vendor leaves: the stall is vacant again, the badge no longer valid; the file stays.</summary>
    public async Task<VendorDto> LeaveAsync(Guid id, VendorLeaveRequest r, CancellationToken ct)
    {
        var vendor = await FindAsync(id, ct);
        db.ExpectStamp(vendor, r.ConcurrencyStamp);
        if (vendor.LeftOn is not null) throw new BusinessRuleException(MarketErrors.VendorLeft);
        if (vendor.StallId is { } stallId && await db.Stalls.FirstOrDefaultAsync(s => s.Id == stallId, ct) is { } stall && stall.HolderVendorId == vendor.Id)
            stall.Mark(StallState.Vacant);
        vendor.Leave(r.On!.Value);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>A file is removed only six months after the vendor left (the rule of the market's files).</summary>
    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var vendor = await FindAsync(id, ct);
        if (vendor.LeftOn is not { } left || left.AddMonths(6) > clock.Today()) throw new BusinessRuleException(MarketErrors.FileKept);
        db.Vendors.Remove(vendor);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Certificates of current vendors expired or expiring within <paramref name="days"/>; health certificates only for those who may see them.</summary>
    public async Task<IReadOnlyList<ExpiringCertificate>> ExpiringAsync(int days, CancellationToken ct)
    {
        var today = clock.Today();
        var until = today.AddDays(days);
        var vendors = await db.Vendors.AsNoTracking().Where(v => v.LeftOn == null && (v.LicenceExpiresOn <= until || v.FoodPermitExpiresOn <= until
            || v.HealthCertExpiresOn <= until || v.BadgeValidUntil <= until)).ToListAsync(ct);
        var stalls = await StallNumbersAsync(vendors, ct);
        var sensitive = actors.SeesSensitive;
        return vendors.SelectMany(v => new (CertificateKind Kind, DateOnly? On)[]
                { (CertificateKind.Licence, v.LicenceExpiresOn), (CertificateKind.FoodPermit, v.FoodPermitExpiresOn), (CertificateKind.HealthCertificate, sensitive ? v.HealthCertExpiresOn : null), (CertificateKind.Badge, v.BadgeValidUntil) }
                .Where(c => c.On <= until)
                .Select(c => new ExpiringCertificate(v.Id, v.Name, v.StallId is { } s ? stalls.GetValueOrDefault(s) : null, c.Kind, c.On!.Value, c.On < today)))
            .OrderBy(c => c.ExpiresOn).ThenBy(c => c.Vendor, StringComparer.Ordinal).ToList();
    }

    public async Task<Vendor> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Vendors : db.Vendors.AsNoTracking()).FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException(MarketErrors.VendorNotFound);

    private void Dates(Vendor vendor, VendorRequest r)
    {
        vendor.LicenceExpiresOn = r.LicenceExpiresOn;
        vendor.FoodPermitExpiresOn = r.FoodPermitExpiresOn;
        if (actors.SeesSensitive) vendor.HealthCertExpiresOn = r.HealthCertExpiresOn;
    }

    private async Task<Dictionary<Guid, string>> StallNumbersAsync(IEnumerable<Vendor> vendors, CancellationToken ct)
    {
        var ids = vendors.Where(v => v.StallId is not null).Select(v => v.StallId!.Value).Distinct().ToList();
        return await db.Stalls.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, ct);
    }

    private async Task<IReadOnlyList<VendorDto>> ToDtosAsync(IReadOnlyList<Vendor> page, CancellationToken ct)
    {
        var stalls = await StallNumbersAsync(page, ct);
        var sensitive = actors.SeesSensitive;
        return page.Select(v => new VendorDto(v.Id, v.Name, v.ResidentId, Masking.Identifier(v.IdNumber), Masking.Identifier(v.CreditCode), Masking.Phone(v.Phone)!, v.Goods,
            v.Source, v.StallId, v.StallId is { } s ? stalls.GetValueOrDefault(s) : null, v.BadgeNumber, v.BadgeValidUntil, v.LicenceExpiresOn, v.FoodPermitExpiresOn,
            sensitive ? v.HealthCertExpiresOn : null, v.YellowCards, v.RedCards, v.Points, v.CreditLevel, v.LeftOn, v.ConcurrencyStamp)).ToList();
    }
}

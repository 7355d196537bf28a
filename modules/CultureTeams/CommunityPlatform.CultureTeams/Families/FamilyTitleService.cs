using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Families;

/// <summary>The yearly family titles (文明家庭, 书香家庭, 文化之家), by household of the registry; one of each title per household and year.</summary>
public sealed class FamilyTitleService(CultureTeamsDbContext db, IResidentDirectory registry) : IScopedService
{
    public async Task<Paged<FamilyTitleDto>> ListAsync(FamilyTitleQuery q, CancellationToken ct)
    {
        var query = db.FamilyTitles.AsNoTracking();
        if (q.Year is { } year) query = query.Where(f => f.Year == year);
        if (q.Title is { } title) query = query.Where(f => f.Title == title);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(f => f.Year).ThenBy(f => f.Title).ThenBy(f => f.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        var homes = (await registry.GetHouseholdsAsync(items.Select(f => f.HouseholdId).Distinct(), ct)).ToDictionary(h => h.Id, h => h.Address);
        return new Paged<FamilyTitleDto>(items.Select(f => ToDto(f, homes.GetValueOrDefault(f.HouseholdId, ""))).ToList(), total);
    }

    public async Task<FamilyTitleDto> AwardAsync(FamilyTitleRequest r, CancellationToken ct)
    {
        var home = (await registry.GetHouseholdsAsync([r.HouseholdId!.Value], ct)).FirstOrDefault()
            ?? throw new InvalidInputException(CultureErrors.HouseholdNotFound, "householdId", CultureErrors.HouseholdNotFound.Localized());
        if (await db.FamilyTitles.AnyAsync(f => f.Year == r.Year && f.Title == r.Title && f.HouseholdId == home.Id, ct)) throw new ConflictException(CultureErrors.TitleTaken);
        var title = new FamilyTitle(r.Year, r.Title!.Value, home.Id, r.Note?.Trim());
        db.FamilyTitles.Add(title);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw new ConflictException(CultureErrors.TitleTaken);
        }

        return ToDto(title, home.Address);
    }

    public async Task WithdrawAsync(Guid id, CancellationToken ct)
    {
        var title = await db.FamilyTitles.FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException(CultureErrors.TitleNotFound);
        db.FamilyTitles.Remove(title);
        await db.SaveChangesAsync(ct);
    }

    private static FamilyTitleDto ToDto(FamilyTitle f, string address) => new(f.Id, f.Year, f.Title, f.HouseholdId, address, f.Note);
}

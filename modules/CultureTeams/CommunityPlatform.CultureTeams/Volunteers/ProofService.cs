using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Volunteers;

/// <summary>
/// 志愿服务记录证明: numbered per community and year (<c>2026-0007</c>), it states the volunteer, the period, the
/// confirmed hours and what the service was, and who issues it. Kept as issued, so a reprint says the same.
/// </summary>
public sealed class ProofService(CultureTeamsDbContext db, VolunteerService volunteers, Registry registry, RequestContext scope, TimeProvider clock) : IScopedService
{
    public static readonly ErrorCode ProofNotFound = new("Culture.ProofNotFound", "证明不存在", "No such proof");

    public async Task<ServiceProofDto> IssueAsync(Guid volunteerId, ServiceProofRequest r, CancellationToken ct)
    {
        var volunteer = await volunteers.FindAsync(volunteerId, ct);
        if (r.From > r.To || r.To > clock.Today()) throw new InvalidInputException(CultureErrors.PeriodInvalid, "to", CultureErrors.PeriodInvalid.Localized());
        var records = await db.ServiceRecords.AsNoTracking()
            .Where(x => x.VolunteerId == volunteerId && x.State == ServiceState.Confirmed && x.Day >= r.From && x.Day <= r.To).ToListAsync(ct);
        var content = string.Join("、", records.Where(x => x.Minutes > 0).GroupBy(x => x.Content).OrderByDescending(g => g.Count()).Take(5).Select(g => g.Key));
        var today = clock.Today();
        for (var attempt = 0; ; attempt++)
        {
            var prefix = $"{today.Year}-";
            var issued = await db.Proofs.CountAsync(p => p.Number.StartsWith(prefix), ct);
            var proof = new ServiceProof($"{prefix}{issued + 1:0000}", volunteer.Id, r.From!.Value, r.To!.Value, records.Sum(x => x.Minutes), records.Count(x => x.Minutes > 0),
                content.Length == 0 ? "—" : content, string.IsNullOrWhiteSpace(r.Issuer) ? scope.Community?.Name ?? "" : r.Issuer.Trim(), today);
            db.Proofs.Add(proof);
            try
            {
                await db.SaveChangesAsync(ct);
                return await GetAsync(proof.Id, ct);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e) && attempt < 3)
            {
                // Two proofs issued at once took the same number: the later one takes the next.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<ServiceProofDto> GetAsync(Guid id, CancellationToken ct)
    {
        var proof = await db.Proofs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(ProofNotFound);
        var volunteer = await db.Volunteers.AsNoTracking().FirstAsync(v => v.Id == proof.VolunteerId, ct);
        return new ServiceProofDto(proof.Id, proof.Number, volunteer.Id, await registry.NameAsync(volunteer.ResidentId, ct) ?? "", volunteer.VolunteerNumber,
            proof.From, proof.To, VolunteerService.Hours(proof.Minutes), proof.Records, proof.Content, proof.Issuer, proof.IssuedOn);
    }
}

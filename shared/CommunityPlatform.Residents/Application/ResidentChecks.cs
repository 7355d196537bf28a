using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Application;

/// <summary>
/// Turns a request into checked resident details: the ID number's check digit, gender and birth date agreeing with it
/// (or derived from it), GB 3304 ethnicity, phone shape, a household of this community. All field errors at once.
/// </summary>
public sealed class ResidentChecks(ResidentsDbContext db, TimeProvider clock) : IScopedService
{
    /// <param name="storedIdNumber">
    /// On an update, the resident's stored number: sent back in its masked form (as every read shows it), it stays as it
    /// is — no valid number looks like a mask, so nothing else is taken for it.
    /// </param>
    public async Task<ResidentDetails> CheckAsync(ResidentRequest request, CancellationToken ct, string? storedIdNumber = null)
    {
        var errors = new List<(ErrorCode Code, string Field, string Message)>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var gender = request.Gender;
        var birthDate = request.BirthDate;

        var givenIdNumber = request.IdNumber?.Trim();
        if (storedIdNumber is not null && string.Equals(givenIdNumber, IdNumber.Mask(storedIdNumber), StringComparison.OrdinalIgnoreCase))
            givenIdNumber = storedIdNumber;

        string? idNumber = null;
        if (!string.IsNullOrWhiteSpace(givenIdNumber))
        {
            if (!IdNumber.TryParse(givenIdNumber, today, out var id, out var problem))
            {
                errors.Add((ResidentsErrors.IdNumberInvalid, "idNumber", problem ?? ResidentsErrors.IdNumberInvalid.Localized()));
            }
            else
            {
                idNumber = id.Value;
                if (gender is { } g && g != id.Gender)
                    errors.Add((ResidentsErrors.IdNumberMismatch, "gender", $"The ID number belongs to a {id.Gender.ToString().ToLowerInvariant()} person."));
                if (birthDate is { } b && b != id.BirthDate)
                    errors.Add((ResidentsErrors.IdNumberMismatch, "birthDate", $"The ID number gives the birth date {id.BirthDate:yyyy-MM-dd}."));
                gender ??= id.Gender;
                birthDate ??= id.BirthDate;
            }
        }

        if (birthDate is { } born && (born > today || born.Year < 1900))
            errors.Add((ResidentsErrors.BirthDateInvalid, "birthDate", "The birth date must be between 1900 and today."));

        string? ethnicity = null;
        if (!string.IsNullOrWhiteSpace(request.Ethnicity))
        {
            if (Ethnicity.TryNormalize(request.Ethnicity, out var code)) ethnicity = code;
            else errors.Add((ResidentsErrors.EthnicityUnknown, "ethnicity", $"'{request.Ethnicity}' is not in the GB 3304 list."));
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            if (Phone.TryNormalize(request.Phone, out var normalized)) phone = normalized;
            else errors.Add((ResidentsErrors.PhoneInvalid, "phone", "Give a mobile (11 digits) or a landline with its area code."));
        }

        Guid? buildingId = null;
        if (request.HouseholdId is { } householdId)
        {
            var household = await db.Households.AsNoTracking().Where(h => h.Id == householdId).Select(h => new { h.BuildingId }).FirstOrDefaultAsync(ct);
            if (household is null) errors.Add((ResidentsErrors.HouseholdNotFound, "householdId", "No such household in this community."));
            else buildingId = household.BuildingId;
        }

        if (errors.Count > 0)
            throw new InvalidInputException(errors[0].Code, errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

        return new ResidentDetails(request.Name!, gender, birthDate, ethnicity, idNumber, phone, request.HouseholdId, buildingId,
            request.RelationToHead, request.ResidenceType, request.Tags ?? []);
    }
}

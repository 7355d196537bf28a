using CommunityPlatform.Residents.Domain;
using Riok.Mapperly.Abstractions;

namespace CommunityPlatform.Residents.Application;

/// <summary>Compile-time mappings of the registry (Mapperly: no reflection at run time).</summary>
[Mapper]
public static partial class ResidentMapper
{
    [MapperIgnoreSource(nameof(Resident.Ethnicity))]
    [MapperIgnoreSource(nameof(Resident.IdNumber))]
    [MapperIgnoreSource(nameof(Resident.Phone))]
    [MapperIgnoreSource(nameof(Resident.RelationToHead))]
    [MapperIgnoreSource(nameof(Resident.ResidenceType))]
    [MapperIgnoreSource(nameof(Resident.StatusSince))]
    [MapperIgnoreSource(nameof(Resident.TagBits))]
    [MapperIgnoreSource(nameof(Resident.IdNumberToken))]
    [MapperIgnoreSource(nameof(Resident.CommunityId))]
    [MapperIgnoreSource(nameof(Resident.CreatedAt))]
    [MapperIgnoreSource(nameof(Resident.CreatedBy))]
    [MapperIgnoreSource(nameof(Resident.ModifiedAt))]
    [MapperIgnoreSource(nameof(Resident.ModifiedBy))]
    [MapperIgnoreSource(nameof(Resident.IsDeleted))]
    [MapperIgnoreSource(nameof(Resident.DeletionToken))]
    [MapperIgnoreSource(nameof(Resident.ConcurrencyStamp))]
    public static partial ResidentSummary ToSummary(Resident resident);

    /// <summary>The ID number is always masked: a whole one is only given by the audited reveal.</summary>
    public static ResidentDto ToDto(Resident r) => new(
        r.Id, r.Name, r.Gender, r.BirthDate, r.Ethnicity, Domain.Ethnicity.NameOf(r.Ethnicity),
        r.IdNumber is null ? null : IdNumber.Mask(r.IdNumber), r.IdNumber is not null,
        r.Phone, r.HouseholdId, r.BuildingId, r.RelationToHead, r.ResidenceType, r.Status, r.StatusSince, r.Tags, r.ConcurrencyStamp);
}

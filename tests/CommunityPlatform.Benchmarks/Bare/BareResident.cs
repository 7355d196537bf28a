namespace CommunityPlatform.Benchmarks.Bare;

/// <summary>A row of <c>Residents_People</c> as a plain class: what an application without the kernel would map.</summary>
public sealed class BareResident
{
    public Guid Id { get; set; }
    public Guid CommunityId { get; set; }
    public string Name { get; set; } = "";
    public string? Gender { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Ethnicity { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public Guid? HouseholdId { get; set; }
    public Guid? BuildingId { get; set; }
    public string? RelationToHead { get; set; }
    public string ResidenceType { get; set; } = "Registered";
    public string Status { get; set; } = "Living";
    public DateOnly? StatusSince { get; set; }
    public int TagBits { get; set; }
    public Guid IdNumberToken { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTime? ModifiedAt { get; set; }
    public Guid? ModifiedBy { get; set; }
    public bool IsDeleted { get; set; }
    public Guid DeletionToken { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
}

/// <summary>The same fields the platform's resident DTO carries, ID number masked the same way.</summary>
public sealed record BareResidentDto(
    Guid Id, string Name, string? Gender, DateOnly? BirthDate, string? Ethnicity, string? IdNumber, bool IdNumberMasked, string? Phone,
    Guid? HouseholdId, Guid? BuildingId, string? RelationToHead, string ResidenceType, string Status, DateOnly? StatusSince, string ConcurrencyStamp)
{
    public static BareResidentDto Of(BareResident r) => new(
        r.Id, r.Name, r.Gender, r.BirthDate, r.Ethnicity, r.IdNumber is null ? null : r.IdNumber[..6] + "********" + r.IdNumber[^4..], r.IdNumber is not null,
        r.Phone, r.HouseholdId, r.BuildingId, r.RelationToHead, r.ResidenceType, r.Status, r.StatusSince, r.ConcurrencyStamp);
}

public sealed record BareCreateRequest(string? Name, string? Phone);

public sealed record BarePage(IReadOnlyList<BareResidentDto> Items, int Total);

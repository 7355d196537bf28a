using CommunityPlatform.Domain;

namespace CommunityPlatform.Residents.Domain;

/// <summary>
/// 居民: a person of the registry. Moving out and death are status changes; the record stays for the ledgers.
/// A living resident's ID number is unique in the community.
/// </summary>
public sealed class Resident : CommunityAggregate
{
    private Resident()
    {
    }

    public Resident(ResidentDetails details) => Update(details);

    public string Name { get; private set; } = "";
    public Gender? Gender { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public string? Ethnicity { get; private set; }
    public string? IdNumber { get; private set; }
    public string? Phone { get; private set; }
    public Guid? HouseholdId { get; private set; }

    /// <summary>Copied from the household so a search by building is one indexed lookup.</summary>
    public Guid? BuildingId { get; private set; }
    public RelationToHead? RelationToHead { get; private set; }
    public ResidenceType ResidenceType { get; private set; }
    public ResidentStatus Status { get; private set; } = ResidentStatus.Living;
    public DateOnly? StatusSince { get; private set; }
    public int TagBits { get; private set; }

    /// <summary>Empty while living, the row's id otherwise: the unique index on ID numbers then covers living residents only.</summary>
    public Guid IdNumberToken { get; private set; }

    public IReadOnlyList<ResidentTag> Tags => TagBitsOf.Read<ResidentTag>(TagBits);

    public void Update(ResidentDetails d)
    {
        Name = d.Name.Trim();
        Gender = d.Gender;
        BirthDate = d.BirthDate;
        Ethnicity = d.Ethnicity;
        IdNumber = d.IdNumber;
        Phone = d.Phone;
        HouseholdId = d.HouseholdId;
        BuildingId = d.BuildingId;
        RelationToHead = d.RelationToHead;
        ResidenceType = d.ResidenceType;
        TagBits = TagBitsOf.Write(d.Tags);
    }

    /// <summary>Tags set by another module's register (低保), everything else kept.</summary>
    public void Retag(IEnumerable<ResidentTag> tags) => TagBits = TagBitsOf.Write(tags);

    /// <summary>Made householder (户主), or a former householder who is one no longer (then "other" until someone says more).</summary>
    public void SetHead(bool isHead)
    {
        if (isHead) RelationToHead = Residents.RelationToHead.Head;
        else if (RelationToHead == Residents.RelationToHead.Head) RelationToHead = Residents.RelationToHead.Other;
    }

    public void ChangeStatus(ResidentStatus status, DateOnly? since)
    {
        if (since is { } day && BirthDate is { } born && day < born)
            throw new Errors.BusinessRuleException(ResidentsErrors.StatusBeforeBirth);
        Status = status;
        StatusSince = since;
        IdNumberToken = status == ResidentStatus.Living ? Guid.Empty : Id;
    }
}

/// <summary>The checked, normalised facts of a resident, ready to store.</summary>
public sealed record ResidentDetails(
    string Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? Ethnicity,
    string? IdNumber,
    string? Phone,
    Guid? HouseholdId,
    Guid? BuildingId,
    RelationToHead? RelationToHead,
    ResidenceType ResidenceType,
    IReadOnlyList<ResidentTag> Tags);

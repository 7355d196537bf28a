namespace CommunityPlatform.Residents.Application;

/// <summary>One Excel import as it runs in the background: progress for the page's bar, and every bad row with why.</summary>
public sealed class ImportJob(Guid communityId, Guid accountId, bool onlyValidRows)
{
    public Guid Id { get; } = Guid.CreateVersion7();
    public Guid CommunityId { get; } = communityId;
    public Guid AccountId { get; } = accountId;
    public bool OnlyValidRows { get; } = onlyValidRows;
    public string State { get; set; } = "queued";
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Imported { get; set; }
    public List<ImportRowError> Errors { get; } = [];
    public string? Failure { get; set; }

    public ImportJobDto ToDto() => new(Id, State, Total, Processed, Imported, OnlyValidRows, Errors.Take(1000).ToList(), Failure);
}

using System.Text.Json;
using CommunityPlatform.Application;
using CommunityPlatform.Data.Auditing;
using CommunityPlatform.Domain;

namespace CommunityPlatform.Residents.Application;

/// <summary>
/// One Excel import, kept in the registry's tables so that every host instance shows its progress and error report,
/// and a job outlives the instance that ran it: the upload stays on the row until the job ends, and a job whose
/// host died is taken over when its claim lapses (<see cref="ImportRunner"/>).
/// </summary>
public sealed class ImportJob : Entity, IMustHaveCommunity, IUnaudited
{
    /// <summary>Kept in <see cref="Failure"/> when the job's host died after some rows were saved: told in the reader's language.</summary>
    public const string Interrupted = "Residents.ImportInterrupted";

    public const int MaxErrors = 1000;

    public Guid CommunityId { get; private set; }
    public required Guid AccountId { get; init; }
    public string? AccountName { get; init; }
    public required bool OnlyValidRows { get; init; }

    /// <summary>The uploaded .xlsx, until the job ends: any instance can run the job from it.</summary>
    public byte[]? File { get; set; }

    public string State { get; set; } = "queued";
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Imported { get; set; }

    /// <summary>The first <see cref="MaxErrors"/> bad rows, with why, as JSON (<see cref="Report"/> writes it).</summary>
    public string ErrorReport { get; set; } = "[]";

    public static string Report(IEnumerable<ImportRowError> errors) => JsonSerializer.Serialize(errors.Take(MaxErrors).ToList(), Json);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string? Failure { get; set; }
    public DateTime QueuedAt { get; init; } = DateTime.UtcNow;
    public DateTime? FinishedAt { get; set; }

    /// <summary>How many times an instance started the job: more than one means it was taken over.</summary>
    public int Runs { get; set; }

    /// <summary>The instance's run that holds the job, set by one conditional UPDATE (only one instance wins it).</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when that claim holds; the running instance renews it as it goes, and a killed one lets it lapse.</summary>
    public DateTime? ClaimedUntil { get; set; }

    public ImportJobDto ToDto() =>
        new(Id, State, Total, Processed, Imported, OnlyValidRows, JsonSerializer.Deserialize<List<ImportRowError>>(ErrorReport, Json) ?? [], FailureText());

    private string? FailureText() => Failure == Interrupted
        ? Language.T($"导入中断：运行它的实例在保存时停止，已导入 {Imported} 行，其余未导入；请核对后只导入未导入的行",
            $"Interrupted: the instance running it stopped while saving; {Imported} rows were imported, the rest were not. Check them and import only the rest")
        : Failure;
}

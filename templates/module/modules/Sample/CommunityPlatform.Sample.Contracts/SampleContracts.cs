using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.Sample;

/// <summary>The module's name, as other modules name it in <c>DependsOn</c> and routes name it in switches.</summary>
public static class SampleModuleName
{
    public const string Value = "Sample";
}

/// <summary>Who may do what with the module's entries.</summary>
public static class SamplePermissions
{
    public const string View = "Sample.View";
    public const string Manage = "Sample.Manage";
}

/// <summary>One entry of the community's ledger (台账).</summary>
public sealed record EntryDto(Guid Id, string Title, string? Note, DateTime CreatedAt, string ConcurrencyStamp);

public sealed class EntryRequest
{
    [Required, StringLength(100, MinimumLength = 1)] public string? Title { get; init; }
    [StringLength(500)] public string? Note { get; init; }

    /// <summary>The stamp the entry was read with; required to change one, so a stale edit answers 409.</summary>
    public string? ConcurrencyStamp { get; init; }
}

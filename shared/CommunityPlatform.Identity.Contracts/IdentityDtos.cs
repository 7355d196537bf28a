using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Security;

namespace CommunityPlatform.Identity;

public sealed class TokenRequest
{
    [Required, StringLength(64)] public string? UserName { get; init; }
    [Required, StringLength(128)] public string? Password { get; init; }
}

public sealed record TokenResponse(string AccessToken, DateTime ExpiresAt, bool MustChangePassword);

public sealed record CommunityRefDto(Guid Id, string Code, string Name);

/// <summary>The signed-in account, the communities it may see and its permissions in the current one.</summary>
public sealed record MeDto(
    Guid Id,
    string UserName,
    string? DisplayName,
    AccountKind Kind,
    Guid? StreetId,
    bool MustChangePassword,
    IReadOnlyList<CommunityRefDto> Communities,
    CommunityRefDto? CurrentCommunity,
    IReadOnlyList<string> Permissions);

public sealed class ChangePasswordRequest
{
    [Required, StringLength(128)] public string? CurrentPassword { get; init; }
    [Required, StringLength(128)] public string? NewPassword { get; init; }
}

public sealed class ResetPasswordRequest
{
    [Required, StringLength(128)] public string? NewPassword { get; init; }
}

public sealed record AccountDto(
    Guid Id,
    string UserName,
    string? DisplayName,
    AccountKind Kind,
    Guid? StreetId,
    bool IsActive,
    bool IsLockedOut,
    IReadOnlyList<GrantDto> Grants,
    string ConcurrencyStamp);

public sealed record GrantDto(Guid CommunityId, string Role);

public sealed class CreateAccountRequest
{
    [Required, RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")] public string? UserName { get; init; }
    [StringLength(64)] public string? DisplayName { get; init; }
    [Required, StringLength(128)] public string? Password { get; init; }

    /// <summary>City and street accounts only the city administrator creates; a secretary creates community accounts in its community.</summary>
    public AccountKind Kind { get; init; } = AccountKind.Community;
    public Guid? StreetId { get; init; }

    /// <summary>Roles in the request's community (community accounts).</summary>
    public IReadOnlyList<string>? Roles { get; init; }
}

public sealed class UpdateAccountRequest
{
    [StringLength(64)] public string? DisplayName { get; init; }
    public bool IsActive { get; init; } = true;
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class SetRolesRequest
{
    [Required] public IReadOnlyList<string>? Roles { get; init; }
}

public sealed record RoleDto(string Name, string Title, string EnglishTitle, bool IsTemplate, IReadOnlyList<string> Permissions);

public sealed class CreateRoleRequest
{
    [Required, RegularExpression("^[a-z][a-z0-9-]{1,63}$")] public string? Name { get; init; }
    [Required, StringLength(64)] public string? Title { get; init; }
    [Required] public IReadOnlyList<string>? Permissions { get; init; }
}

/// <param name="Tier">Who may hold it: <c>community</c> roles, <c>street</c> accounts, or the city only (<c>platform</c>).</param>
public sealed record PermissionDto(string Name, string Title, string EnglishTitle, string Group, string Module, CommunityPlatform.Permissions.PermissionTier Tier);

/// <summary>A display account for the street's wall screen; <c>streetId</c> only when the city makes one (a street makes its own).</summary>
public sealed class CreateDisplayRequest
{
    [Required, RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")] public string? UserName { get; init; }
    [StringLength(64)] public string? DisplayName { get; init; }
    [Required, StringLength(128)] public string? Password { get; init; }
    public Guid? StreetId { get; init; }
}

/// <summary>Disabling one of the street's display accounts (a screen taken down or its password given away): the stamp read last.</summary>
public sealed class DisableDisplayRequest
{
    [Required] public string? ConcurrencyStamp { get; init; }
}

namespace CommunityPlatform.Testing;

/// <summary>A street a test made for itself: its communities' codes and its street account's user name (password <see cref="PlatformFactory.Password"/>).</summary>
public sealed record StreetOfItsOwn(Guid Id, string Code, IReadOnlyList<string> Communities, string Supervisor);

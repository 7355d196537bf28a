namespace CommunityPlatform.Web.Security;

/// <summary>
/// A write that read-only (street) accounts may still make because it concerns only themselves,
/// such as changing their own password.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowsReadOnlyAccountsAttribute : Attribute;

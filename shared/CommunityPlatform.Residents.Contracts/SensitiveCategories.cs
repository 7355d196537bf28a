using CommunityPlatform.Tenancy;

namespace CommunityPlatform.Residents;

/// <summary>
/// The registry's sensitive categories (低保, disability, difficulty): visible by name to the community's own staff,
/// and to street and city accounts only as counts (<see cref="RequestContext.IsOversight"/>). Lists and reads drop them
/// from a street's or city's answers; a search by one of them is refused; reports and cards count them for everyone.
/// </summary>
public static class SensitiveCategories
{
    public static bool IsSensitive(ResidentTag tag) => tag is ResidentTag.LowIncome or ResidentTag.Disabled or ResidentTag.NeedyPartyMember;

    public static bool IsSensitive(HouseholdTag tag) => tag is HouseholdTag.LowIncome or HouseholdTag.SpecialHardship;

    /// <summary>The tags <paramref name="reader"/> may see by name.</summary>
    public static IReadOnlyList<ResidentTag> ShownTo(RequestContext reader, IReadOnlyList<ResidentTag> tags) =>
        reader.IsOversight && tags.Any(IsSensitive) ? tags.Where(t => !IsSensitive(t)).ToList() : tags;

    /// <inheritdoc cref="ShownTo(RequestContext, IReadOnlyList{ResidentTag})"/>
    public static IReadOnlyList<HouseholdTag> ShownTo(RequestContext reader, IReadOnlyList<HouseholdTag> tags) =>
        reader.IsOversight && tags.Any(IsSensitive) ? tags.Where(t => !IsSensitive(t)).ToList() : tags;

    /// <summary>Whether <paramref name="reader"/> may search people by the category (a list by name of 低保 recipients is not a count).</summary>
    public static bool MaySearchBy(RequestContext reader, ResidentTag? tag) => tag is not { } t || !IsSensitive(t) || !reader.IsOversight;

    /// <inheritdoc cref="MaySearchBy(RequestContext, ResidentTag?)"/>
    public static bool MaySearchBy(RequestContext reader, HouseholdTag? tag) => tag is not { } t || !IsSensitive(t) || !reader.IsOversight;
}

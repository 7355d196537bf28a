using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.Application;

/// <summary>
/// Each text in a list is at most <paramref name="maximum"/> characters. A list of texts is stored as one JSON column
/// of bounded size: with <c>[MaxLength]</c> on the count this keeps the whole list within it, so an over-long item is a
/// field error rather than a database refusal.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemLengthAttribute(int maximum) : ValidationAttribute($"Each item is at most {maximum} characters.")
{
    public int Maximum { get; } = maximum;

    public override bool IsValid(object? value) =>
        value is not IEnumerable items || items.OfType<string>().All(item => item.Length <= Maximum);
}

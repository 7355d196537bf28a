using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.Application;

/// <summary>
/// Each text in a list is at most <see cref="Maximum"/> characters. A list of texts is stored as one JSON column
/// of bounded size: with <c>[MaxLength]</c> on the count this keeps the whole list within it, so an over-long item is a
/// field error rather than a database refusal.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemLengthAttribute : ValidationAttribute
{
    public ItemLengthAttribute(int maximum)
    {
        Maximum = maximum;
        ErrorMessageResourceType = typeof(ValidationMessages);
        ErrorMessageResourceName = nameof(ValidationMessages.ItemLength);
    }

    public int Maximum { get; }

    public override string FormatErrorMessage(string name) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, ErrorMessageString, name, Maximum);

    public override bool IsValid(object? value) =>
        value is not IEnumerable items || items.OfType<string>().All(item => item.Length <= Maximum);
}

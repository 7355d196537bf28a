using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// Gives every standard validation attribute that brings no message of its own the kernel's message in the request's
/// language (<see cref="ValidationMessages"/>), for every DTO, query and page form of every module, so that no module
/// writes <c>ErrorMessage</c> on each <c>[Required]</c>. An attribute with a message of its own keeps it.
/// </summary>
internal sealed class LocalizedValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        // The implicit [Required] of a non-nullable reference is added to the validator list, the declared ones are attributes.
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>().Concat(context.Attributes.OfType<ValidationAttribute>()).Distinct())
            Localize(attribute);
    }

    /// <summary>Points the attribute at the kernel's message, unless it was given one.</summary>
    public static void Localize(ValidationAttribute attribute)
    {
        if (attribute.ErrorMessageResourceType is not null || !string.IsNullOrEmpty(attribute.ErrorMessageResourceName) || HasOwnMessage(attribute))
            return;
        if (MessageOf(attribute) is not { } name) return;
        attribute.ErrorMessageResourceType = typeof(ValidationMessages);
        attribute.ErrorMessageResourceName = name;
    }

    // The data-type attributes (Phone, EmailAddress, Url) carry their English default in ErrorMessage itself, so a
    // message equal to a fresh attribute's is the default, not the developer's.
    private static bool HasOwnMessage(ValidationAttribute attribute) =>
        !string.IsNullOrEmpty(attribute.ErrorMessage)
        && (attribute is not (PhoneAttribute or EmailAddressAttribute or UrlAttribute)
            || attribute.ErrorMessage != ((ValidationAttribute)Activator.CreateInstance(attribute.GetType())!).ErrorMessage);

    private static string? MessageOf(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => nameof(ValidationMessages.Required),
        StringLengthAttribute { MinimumLength: > 0 } => nameof(ValidationMessages.StringLengthBetween),
        StringLengthAttribute => nameof(ValidationMessages.StringLength),
        MaxLengthAttribute => nameof(ValidationMessages.MaxLength),
        MinLengthAttribute => nameof(ValidationMessages.MinLength),
        LengthAttribute => nameof(ValidationMessages.Length),
        RangeAttribute => nameof(ValidationMessages.Range),
        RegularExpressionAttribute => nameof(ValidationMessages.RegularExpression),
        EmailAddressAttribute => nameof(ValidationMessages.EmailAddress),
        PhoneAttribute => nameof(ValidationMessages.Phone),
        UrlAttribute => nameof(ValidationMessages.Url),
        CompareAttribute => nameof(ValidationMessages.Compare),
        AllowedValuesAttribute => nameof(ValidationMessages.AllowedValues),
        DeniedValuesAttribute => nameof(ValidationMessages.DeniedValues),
        EnumDataTypeAttribute => nameof(ValidationMessages.EnumDataType),
        Base64StringAttribute => nameof(ValidationMessages.Base64String),
        _ => null,
    };

    /// <summary>Model binding's own messages ("The value 'x' is not valid", "A value is required"…) in the request's language.</summary>
    public static void Localize(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => string.Format(ValidationMessages.FieldInvalid, field));
        messages.SetMissingBindRequiredValueAccessor(field => string.Format(ValidationMessages.FieldInvalid, field));
        messages.SetMissingKeyOrValueAccessor(() => ValidationMessages.ValueMissing);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => ValidationMessages.BodyMissing);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => string.Format(ValidationMessages.ValueInvalid, value));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => string.Format(ValidationMessages.ValueInvalid, ""));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => ValidationMessages.ValueMustBeNumber);
        messages.SetUnknownValueIsInvalidAccessor(field => string.Format(ValidationMessages.FieldInvalid, field));
        messages.SetValueIsInvalidAccessor(value => string.Format(ValidationMessages.ValueInvalid, value));
        messages.SetValueMustBeANumberAccessor(field => string.Format(ValidationMessages.FieldInvalid, field));
        messages.SetValueMustNotBeNullAccessor(value => string.Format(ValidationMessages.ValueInvalid, value));
    }
}

using System.Collections;
using System.Reflection;
using CommunityPlatform.Web.Console;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// Two rules every bound value obeys, whichever DTO, query or page form carries it, so no module has to remember them:
/// text never contains NUL (databases and spreadsheets truncate or refuse it, and it hides text from searches), and a
/// list holds no <c>null</c> unless its element type says it may (<c>List&lt;string?&gt;</c>) — services walk lists
/// without expecting holes. Both refusals are ordinary field errors, so the API answers 400 and a page shows them.
/// </summary>
internal sealed class BoundInputRules : IMetadataBasedModelValidatorProvider
{
    public bool HasValidators(Type modelType, IList<object> validatorMetadata) =>
        modelType == typeof(string) || IsList(modelType);

    public void CreateValidators(ModelValidatorProviderContext context)
    {
        var metadata = context.ModelMetadata;
        if (metadata.ModelType == typeof(string))
            context.Results.Add(new ValidatorItem { Validator = NoNulCharacter.Instance, IsReusable = true });
        else if (IsList(metadata.ModelType) && !ElementsMayBeNull(metadata))
            context.Results.Add(new ValidatorItem { Validator = NoNullElements.Instance, IsReusable = true });
    }

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static bool ElementsMayBeNull(ModelMetadata metadata)
    {
        var element = metadata.ElementType;
        if (element is null) return false;
        if (element.IsValueType) return true; // a struct cannot be null, and Nullable<T> elements are declared so
        if (metadata.MetadataKind != ModelMetadataKind.Property || metadata.ContainerType is null) return false;

        // A reference type's element nullability lives only in the declaring property's annotations.
        var property = metadata.ContainerType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.Name == metadata.PropertyName);
        if (property is null) return false;
        var nullability = new NullabilityInfoContext().Create(property);
        var declared = nullability.ElementType ?? (nullability.GenericTypeArguments is [var only] ? only : null);
        return declared?.ReadState == NullabilityState.Nullable;
    }

    private sealed class NoNulCharacter : IModelValidator
    {
        public static readonly NoNulCharacter Instance = new();

        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context) =>
            context.Model is string text && text.Contains('\0')
                ? [new ModelValidationResult("", Lang.T("不能包含空字符", "Must not contain the NUL character (\\u0000)."))]
                : [];
    }

    private sealed class NoNullElements : IModelValidator
    {
        public static readonly NoNullElements Instance = new();

        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context)
        {
            if (context.Model is not IEnumerable items) yield break;
            var index = 0;
            foreach (var item in items)
            {
                if (item is null) yield return new ModelValidationResult($"[{index}]", Lang.T("列表项不能为空值", "A list item must not be null."));
                index++;
            }
        }
    }
}

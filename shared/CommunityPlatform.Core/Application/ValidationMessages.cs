namespace CommunityPlatform.Application;

/// <summary>
/// The default messages of the standard validation attributes, in the request's language. Each is a static property
/// read on every validation (as <c>ErrorMessageResourceType</c>/<c>ErrorMessageResourceName</c>), so one attribute
/// instance answers in Chinese to one request and in English to the next. The Chinese texts leave the field's name
/// out: the error is already filed under the field, and the name would be the English property name.
/// Placeholders follow the attributes: {0} the field, {1} and {2} the bounds.
/// </summary>
public static class ValidationMessages
{
    private static string T(string chinese, string english) => Language.T(chinese, english);

    public static string Required => T("此项为必填项", "The {0} field is required.");
    public static string StringLength => T("长度不能超过 {1} 个字符", "The {0} field must be at most {1} characters long.");
    public static string StringLengthBetween => T("长度须在 {2} 到 {1} 个字符之间", "The {0} field must be between {2} and {1} characters long.");
    public static string MaxLength => T("长度或项数不能超过 {1}", "The {0} field must have at most {1} characters or items.");
    public static string MinLength => T("长度或项数不能少于 {1}", "The {0} field must have at least {1} characters or items.");
    public static string Length => T("长度或项数须在 {1} 到 {2} 之间", "The {0} field must have between {1} and {2} characters or items.");
    public static string Range => T("须在 {1} 到 {2} 之间", "The {0} field must be between {1} and {2}.");
    public static string RegularExpression => T("格式不正确", "The {0} field is not in the expected format.");
    public static string EmailAddress => T("电子邮箱格式不正确", "The {0} field is not a valid e-mail address.");
    public static string Phone => T("电话号码格式不正确", "The {0} field is not a valid phone number.");
    public static string Url => T("网址格式不正确", "The {0} field is not a valid URL.");
    public static string Compare => T("与 {1} 不一致", "The {0} field does not match {1}.");
    public static string AllowedValues => T("不是可选的值", "The {0} field is not one of the allowed values.");
    public static string DeniedValues => T("不能取这个值", "The {0} field may not have this value.");
    public static string EnumDataType => T("不是可选的值", "The {0} field is not one of the allowed values.");
    public static string Base64String => T("不是有效的 Base64 编码", "The {0} field is not valid Base64.");
    public static string ItemLength => T("每一项不能超过 {1} 个字符", "Each item of {0} must be at most {1} characters long.");
    public static string Invalid => T("值无效", "The {0} field is not valid.");

    // Model binding's own messages ({0} and {1} are the value and the field where the framework gives them).
    public static string ValueInvalid => T("值无效", "The value '{0}' is not valid.");
    public static string ValueMustBeNumber => T("须为数字", "The field must be a number.");
    public static string ValueMissing => T("须填写一个值", "A value is required.");
    public static string BodyMissing => T("请求正文不能为空", "A non-empty request body is required.");
    public static string BodyNotJson => T("请求正文不是有效的 JSON", "The request body is not valid JSON.");
    public static string FieldInvalid => T("此项的值无效", "The value of '{0}' is not valid.");
}

using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CommunityPlatform.Web.Errors;

/// <summary>
/// The 400 answer for anything model binding rejects: malformed JSON, wrong types, integers or unknown names for enums,
/// over-long strings, missing fields. Field names are the JSON names the client sent.
/// </summary>
internal static class InvalidInputResponse
{
    public static IActionResult Create(ActionContext context)
    {
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.ValidationState != ModelValidationState.Invalid) continue;
            var field = FieldName(key, context);
            var messages = entry.Errors.Select(e => Message(field, e)).Distinct().ToArray();
            fields[field] = fields.TryGetValue(field, out var existing) ? [.. existing, .. messages] : messages;
        }

        // When the body did not parse, binding also reports the whole argument as missing: that is noise beside the real error.
        var argumentNames = context.ActionDescriptor.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (fields.Count > 1)
            foreach (var name in argumentNames.Where(fields.ContainsKey).ToList())
                fields.Remove(name);

        var problem = ProblemWriter.Create(context.HttpContext, 400, PlatformErrors.InvalidRequest, fields: fields);
        return new BadRequestObjectResult(problem) { ContentTypes = { ProblemWriter.ContentType } };
    }

    private static string FieldName(string key, ActionContext context)
    {
        if (key is "" or "$") return "body";
        var name = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key;
        return name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : "body";
    }

    private static string Message(string field, ModelError error)
    {
        // System.Text.Json's own messages name CLR types and byte positions: say what the client can act on instead.
        var fromParser = error.Exception is not null
            || error.ErrorMessage.StartsWith("The JSON value", StringComparison.Ordinal)
            || error.ErrorMessage.Contains("is an invalid start of a value", StringComparison.Ordinal)
            || error.ErrorMessage.Contains("LineNumber", StringComparison.Ordinal);
        if (!fromParser) return error.ErrorMessage;
        return field == "body" ? ValidationMessages.BodyNotJson : string.Format(ValidationMessages.FieldInvalid, field);
    }
}

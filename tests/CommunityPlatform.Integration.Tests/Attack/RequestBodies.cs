using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: an attack that stops at "the body is invalid" proves nothing about the check behind it. The bodies built
// here are valid-looking — required fields filled by their schema, ids taken from the attacked community, the
// concurrency stamp of the record the path names — so that a request reaches the service and its community check.

/// <summary>Builds a minimal valid-looking request body from a schema.</summary>
internal sealed class RequestBodies(IdPool pool, string operationPath, JsonObject? target = null)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The body: the required properties, every id property (ids are what cross-community attacks use), and the fields of the target record.</summary>
    public JsonNode? Body(Schema schema) => schema.Type == "object" ? Object(schema, target) : Value("body", schema);

    public JsonObject Object(Schema schema, JsonObject? from = null)
    {
        var body = new JsonObject();
        var required = schema.Required;
        foreach (var (name, property) in schema.Properties)
        {
            if (FromTarget(from, name, property, out var copied)) body[name] = copied;
            else if (required.Contains(name) || IsId(name, property)) body[name] = Value(name, property);
        }

        return body;
    }

    /// <summary>A valid-looking value for one property.</summary>
    public JsonNode? Value(string name, Schema schema)
    {
        if (schema.IsEnum) return schema.Enum[0];
        if (schema.IsUuid) return pool.ForProperty(operationPath, name) ?? Guid.CreateVersion7().ToString();
        return schema.Type switch
        {
            "string" when schema.Format == "date" => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Shanghai)).AddDays(-1).ToString("yyyy-MM-dd"),
            "string" when schema.Format == "date-time" => DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ssZ"),
            "string" => Text(name, schema),
            "integer" => (long)Number(schema),
            "number" => Number(schema),
            "boolean" => false,
            "array" => Array(name, schema),
            "object" => Object(schema),
            _ => "x",
        };
    }

    private JsonArray Array(string name, Schema schema)
    {
        var items = schema.Items;
        if (items is null || schema.MaxItems == 0) return [];
        if (items.IsUuid) return [pool.ForProperty(operationPath, name) ?? Guid.CreateVersion7().ToString()];
        // A list of names (roles, modules, permissions) takes a name the host lists under the same word.
        if (items.Type == "string" && !items.IsEnum && pool.NamesOf(name).FirstOrDefault() is { } listed) return [listed];
        return [Value(name, items)];
    }

    private static double Number(Schema schema)
    {
        var value = 1.0;
        if (schema.Minimum is { } min && min > value) value = min;
        if (schema.Maximum is { } max && max < value) value = max;
        return value;
    }

    private static string Text(string name, Schema schema)
    {
        var hint = name.ToLowerInvariant() switch
        {
            var n when n.Contains("password") => $"Atk#{Random.Shared.Next(100_000, 999_999)}xy",
            var n when n.Contains("phone") => "13912345678",
            var n when n.Contains("idnumber") => TestIds.Next(),
            "ethnicity" => "汉族",
            _ => null,
        };
        string[] candidates = [hint ?? "攻击测试", "atk" + Guid.NewGuid().ToString("N")[..10], DateTime.UtcNow.ToString("yyyy-MM"), "13912345678", "攻击测试攻击测试"];
        foreach (var candidate in candidates)
            if (Fits(candidate, schema)) return candidate;
        var padded = "攻击测试".PadRight(schema.MinLength ?? 0, 'x');
        return schema.MaxLength is { } most && padded.Length > most ? padded[..most] : padded;
    }

    private static bool Fits(string text, Schema schema) =>
        text.Length >= (schema.MinLength ?? 0) && text.Length <= (schema.MaxLength ?? int.MaxValue)
        && (schema.Pattern is not { } pattern || Regex.IsMatch(text, pattern));

    private static bool IsId(string name, Schema schema) =>
        schema.IsUuid || (schema.Type == "array" && schema.Items?.IsUuid == true);

    /// <summary>A field of the record the path names, when it fits the request's schema (its concurrency stamp above all; a null stays null).</summary>
    private static bool FromTarget(JsonObject? from, string name, Schema schema, out JsonNode? copied)
    {
        copied = null;
        if (from is null || !from.TryGetPropertyValue(name, out var value)) return false;
        var fits = value switch
        {
            null => schema.Nullable,
            JsonValue v when v.TryGetValue<string>(out var s) => schema.Type == "string" && (!schema.IsEnum || schema.Enum.Contains(s))
                                                                && (!schema.IsUuid || Guid.TryParse(s, out _)) && (schema.IsEnum || schema.IsDate || schema.IsUuid || Fits(s, schema)),
            JsonValue v when v.TryGetValue<bool>(out _) => schema.Type == "boolean",
            JsonValue v when v.TryGetValue<double>(out var d) => schema.IsNumber && d >= (schema.Minimum ?? double.MinValue) && d <= (schema.Maximum ?? double.MaxValue),
            JsonArray a => schema.Type == "array" && schema.Items?.IsUuid == true && a.All(e => e is JsonValue ev && ev.TryGetValue<string>(out var s) && Guid.TryParse(s, out _)),
            _ => false,
        };
        copied = value?.DeepClone();
        return fits;
    }
}

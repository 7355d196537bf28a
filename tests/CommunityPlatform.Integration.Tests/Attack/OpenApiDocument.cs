using System.Text.Json.Nodes;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: the attack suite reads the host's own OpenAPI document instead of a list of endpoints, so that every operation
// of every module — including a module added later — is attacked without anyone writing a test for it.

/// <summary>The operations of <c>/openapi/v1.json</c> with their parameters and request schemas resolved.</summary>
internal sealed class OpenApiDocument
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];
    private readonly JsonObject schemas;

    private OpenApiDocument(JsonNode document)
    {
        schemas = document["components"]?["schemas"]?.AsObject() ?? [];
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var shared = item!["parameters"]?.AsArray() ?? [];
            foreach (var method in Methods)
            {
                if (item[method] is not JsonObject operation) continue;
                var parameters = shared.Concat(operation["parameters"]?.AsArray() ?? [])
                    .Select(p => new ApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), Resolve(p["schema"]), p["required"]?.GetValue<bool>() ?? false))
                    .ToList();
                var content = operation["requestBody"]?["content"]?.AsObject();
                var (mediaType, body) = content is null || content.Count == 0
                    ? (null, null)
                    : content.ContainsKey("application/json")
                        ? ("application/json", Resolve(content["application/json"]!["schema"]))
                        : (content.First().Key, Resolve(content.First().Value!["schema"]));
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, body, mediaType, Errors(operation), operation["x-street-action"] is not null));
            }
        }

        Operations = operations;
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    /// <summary>The codes the operation documents for each error status (its ProblemDetails' <c>code</c> enum).</summary>
    private static Dictionary<int, IReadOnlySet<string>> Errors(JsonNode operation) =>
        (operation["responses"]?.AsObject() ?? [])
        .Where(r => r.Key[0] is '4' or '5')
        .ToDictionary(
            r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture),
            r => (IReadOnlySet<string>)((r.Value?["content"]?["application/problem+json"]?["schema"]?["allOf"] as JsonArray)?
                .SelectMany(part => part?["properties"]?["code"]?["enum"]?.AsArray() ?? [])
                .Select(code => code!.GetValue<string>())
                .ToHashSet(StringComparer.Ordinal) ?? []));

    public static OpenApiDocument Parse(JsonNode document) => new(document);

    internal Schema Resolve(JsonNode? node) => new(this, node as JsonObject ?? []);

    internal JsonObject Dereference(JsonObject node)
    {
        for (var depth = 0; depth < 20 && node["$ref"] is JsonValue reference; depth++)
        {
            var name = reference.GetValue<string>().Split('/').Last();
            node = schemas[name] as JsonObject ?? throw new InvalidOperationException($"The document names an unknown schema {name}.");
        }

        return node;
    }
}

internal sealed record ApiParameter(string Name, string In, Schema Schema, bool Required);

/// <param name="IsStreetAction">A write a street account may make over its own street's communities (<c>x-street-action</c>).</param>
internal sealed record ApiOperation(
    string Method, string Path, IReadOnlyList<ApiParameter> Parameters, Schema? Body, string? BodyMediaType,
    IReadOnlyDictionary<int, IReadOnlySet<string>> Errors, bool IsStreetAction = false)
{
    /// <summary>The document lists this refusal for the operation: the status, and the code among that status's codes.</summary>
    public bool Documents(int status, string code) => Errors.TryGetValue(status, out var codes) && codes.Contains(code);

    public string Name => $"{Method} {Path}";

    public bool IsGet => Method == "GET";

    public IEnumerable<ApiParameter> PathParameters => Parameters.Where(p => p.In == "path");

    public IEnumerable<ApiParameter> QueryParameters => Parameters.Where(p => p.In == "query");

    /// <summary>The operation acts in one community (it documents the <c>X-Community</c> header).</summary>
    public bool IsCommunityScoped => Parameters.Any(p => p.In == "header" && p.Name.Equals("X-Community", StringComparison.OrdinalIgnoreCase));

    public bool HasJsonBody => BodyMediaType == "application/json" && Body is not null;

    public override string ToString() => Name;
}

/// <summary>
/// One JSON schema with <c>$ref</c>, <c>oneOf: [null, X]</c>, <c>allOf</c> and <c>type: ["null", X]</c> folded into
/// plain answers: its type, format, bounds, enum values, properties and items.
/// </summary>
internal sealed class Schema
{
    private readonly OpenApiDocument document;
    private readonly JsonObject node;
    private IReadOnlyList<(string Name, Schema Schema)>? properties;

    public Schema(OpenApiDocument document, JsonObject raw)
    {
        this.document = document;
        var resolved = document.Dereference(raw);
        if (resolved["oneOf"] is JsonArray || resolved["anyOf"] is JsonArray)
        {
            var options = (resolved["oneOf"] ?? resolved["anyOf"])!.AsArray().Select(o => document.Dereference(o!.AsObject())).ToList();
            Nullable = options.Any(o => o["type"]?.ToString() == "null");
            resolved = options.FirstOrDefault(o => o["type"]?.ToString() != "null") ?? resolved;
        }

        node = resolved;
        switch (node["type"])
        {
            case JsonArray types:
                Nullable |= types.Any(t => t!.GetValue<string>() == "null");
                Type = types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null");
                break;
            case JsonValue type:
                Type = type.GetValue<string>();
                break;
        }

        if (node["enum"] is JsonArray values)
        {
            Enum = values.Where(v => v is not null).Select(v => v!.ToString()).ToList();
            Nullable |= values.Any(v => v is null);
            Type ??= "string";
        }

        if (Type is null && (node["properties"] is not null || node["allOf"] is not null)) Type = "object";
    }

    public string? Type { get; }

    public bool Nullable { get; }

    public IReadOnlyList<string> Enum { get; } = [];

    public bool IsEnum => Enum.Count > 0;

    public string? Format => node["format"]?.GetValue<string>();

    public string? Pattern => node["pattern"]?.GetValue<string>();

    public int? MinLength => node["minLength"]?.GetValue<int>();

    public int? MaxLength => node["maxLength"]?.GetValue<int>();

    public int? MaxItems => node["maxItems"]?.GetValue<int>();

    public double? Minimum => node["minimum"] is JsonValue v ? v.GetValue<double>() : null;

    public double? Maximum => node["maximum"] is JsonValue v ? v.GetValue<double>() : null;

    public bool IsUuid => Type == "string" && Format == "uuid";

    public bool IsDate => Type == "string" && Format is "date" or "date-time";

    public bool IsNumber => Type is "integer" or "number";

    public Schema? Items => node["items"] is JsonObject items ? new Schema(document, items) : null;

    public IReadOnlySet<string> Required =>
        (node["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
        .Concat(node["allOf"]?.AsArray().SelectMany(p => document.Dereference(p!.AsObject())["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []) ?? [])
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Properties, built on first use so that a schema which refers to itself does not recurse for ever.</summary>
    public IReadOnlyList<(string Name, Schema Schema)> Properties => properties ??= ReadProperties();

    private List<(string Name, Schema Schema)> ReadProperties()
    {
        var parts = new List<JsonObject> { node };
        if (node["allOf"] is JsonArray all) parts.AddRange(all.Select(p => document.Dereference(p!.AsObject())));
        return parts
            .SelectMany(p => p["properties"]?.AsObject() ?? [])
            .Select(p => (p.Key, new Schema(document, p.Value as JsonObject ?? [])))
            .ToList();
    }
}

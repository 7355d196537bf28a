using System.Text.Json.Nodes;
using CommunityPlatform.Web.Errors;
using Microsoft.OpenApi;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>
/// The RFC 9457 answer as the document describes it: one <c>ProblemDetails</c> component, and per operation and
/// status a response whose <c>code</c> is the enum of the codes that operation can give with that status — so a
/// generated client types a refusal's code as a union of strings.
/// </summary>
internal static class ProblemSchema
{
    public const string Name = "ProblemDetails";

    public static OpenApiSchema Component() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details with the platform's stable `code`; `title` is in the request's language (zh-CN, or en with Accept-Language: en).",
        Required = new HashSet<string> { "code", "title", "status" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable error code, e.g. `Concurrency.Stale`; see docs/errors.md." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The code's message in the request's language." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Field errors of a 400: the JSON name of each field at fault and its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    public static OpenApiResponse Response(OpenApiDocument document, int status, IReadOnlyCollection<string> codes, IReadOnlyDictionary<string, ErrorCatalogEntry> catalogue) => new()
    {
        Description = ErrorCatalog.MeaningOf(status) + " Codes: " + string.Join("; ", codes.Select(c =>
            catalogue.TryGetValue(c, out var entry) ? $"`{c}` {entry.EnglishTitle} / {entry.Title}" : $"`{c}`")) + ".",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemWriter.ContentType] = new()
            {
                Schema = new OpenApiSchema
                {
                    AllOf =
                    [
                        new OpenApiSchemaReference(Name, document),
                        new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = codes.Select(c => (JsonNode)JsonValue.Create(c)).ToList() },
                                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Enum = [JsonValue.Create(status)] },
                            },
                        },
                    ],
                },
            },
        },
    };
}

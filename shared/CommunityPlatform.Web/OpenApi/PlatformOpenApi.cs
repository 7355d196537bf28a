using System.Text.Json.Nodes;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Web.Errors;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>
/// Completes the OpenAPI document from the endpoints' metadata, so every module's operations read alike without a line
/// in the module: names and words (<see cref="OperationText"/>), the bearer scheme and <c>security: []</c> on public
/// operations, the <c>X-Community</c> header, camelCase query parameters, JSON as the only body type, and per status
/// the errors each operation can answer (<see cref="OperationErrors"/>, <see cref="ProblemSchema"/>).
/// </summary>
internal static class PlatformOpenApi
{
    public const string Scheme = "Bearer";

    /// <summary>The document's version: raised with any breaking change (docs/decisions/0014-api-versioning.md).</summary>
    public const string Version = "1.0.0";

    private static readonly string[] Json = ["application/json"];

    public static void Configure(OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor is not ControllerActionDescriptor action) return Task.CompletedTask;
            var services = context.ApplicationServices;
            var modules = services.GetRequiredService<ModuleCatalog>();
            var metadata = action.EndpointMetadata;

            operation.OperationId = OperationText.OperationId(action);
            operation.Summary = OperationText.Summary(action);
            operation.Description = OperationText.Description(context.Description, action, modules, services.GetRequiredService<PermissionCatalog>());
            operation.Tags = new HashSet<OpenApiTagReference> { new(OperationText.Tag(action), context.Document) };

            // A query object's get-only properties (PageQuery.Skip, worked out from page and pageSize) are never bound:
            // offered as parameters, generated clients would send them.
            var computed = context.Description.ParameterDescriptions
                .Where(p => p.Source == BindingSource.Query && p.ModelMetadata is { MetadataKind: ModelMetadataKind.Property, PropertySetter: null })
                .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query).ToList())
            {
                if (computed.Contains(parameter.Name!)) operation.Parameters!.Remove(parameter);
                else parameter.Name = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
            }

            if (metadata.OfType<IAllowAnonymous>().Any())
                operation.Security = [];
            else
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] }];

            if (metadata.OfType<Security.StreetActionAttribute>().Any())
            {
                // A write a street account may make (its own action over its communities): the attack suite reads this.
                operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                operation.Extensions["x-street-action"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(true));
            }

            if (metadata.OfType<Security.RequiresPermissionAttribute>().Select(p => p.Permission).Distinct().ToList() is { Count: > 0 } needed)
            {
                // The permissions an account must hold (all of them): a client shows or hides the action by them, and the
                // street's suite tells a list withheld from streets on purpose (sensitive) from one refused by mistake.
                operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                operation.Extensions["x-permissions"] = new JsonNodeExtension(new System.Text.Json.Nodes.JsonArray(needed.Select(n => (System.Text.Json.Nodes.JsonNode?)n).ToArray()));
            }

            if (metadata.OfType<Security.AllowsReadOnlyAccountsAttribute>().Any())
            {
                // A write that concerns only the account itself (its own password): a street account may make it too.
                operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                operation.Extensions["x-read-only-accounts"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(true));
            }

            // An endpoint across communities takes none: it spans the street's or the city's (documenting the header would
            // make it look like one community's to clients and to the attack suite's harvest).
            if (metadata.OfType<RequiresCommunityAttribute>().Any())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = Security.EndpointPolicy.CommunityHeader,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "社区 id 或编号 · Community id or code, among the account's communities; needed when the account sees several.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            if (operation.RequestBody?.Content is { } body && body.ContainsKey(Json[0]))
                foreach (var other in body.Keys.Except(Json).ToList()) body.Remove(other);

            operation.Responses ??= new OpenApiResponses();
            foreach (var (status, response) in operation.Responses.ToList())
            {
                if (status.StartsWith('4') || status.StartsWith('5')) operation.Responses.Remove(status);
                else if (response.Content is { } content && content.ContainsKey(Json[0]))
                    foreach (var other in content.Keys.Except(Json).ToList()) content.Remove(other);
            }

            var catalogue = services.GetRequiredService<ErrorCatalog>();
            var titles = catalogue.Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
            foreach (var group in OperationErrors.Of(context.Description, catalogue.Flow).GroupBy(p => p.Status))
                operation.Responses[group.Key.ToString()] = ProblemSchema.Response(context.Document!, group.Key, group.Select(p => p.Code).ToList(), titles);
            return Task.CompletedTask;
        });

        // A report's scope is one of ReportScope's names (modules carry it as text): say which, so clients get a union.
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo is { Name: "scope", PropertyType: var type, DeclaringType.Name: var owner }
                && type == typeof(string) && owner.EndsWith("Report", StringComparison.Ordinal) && schema.Enum is null)
                schema.Enum = Enum.GetNames<CommunityPlatform.Tenancy.ReportScope>().Select(n => (JsonNode)JsonValue.Create(n.ToLowerInvariant())).ToList();
            return Task.CompletedTask;
        });

        options.AddDocumentTransformer((document, context, _) =>
        {
            var services = context.ApplicationServices;
            var modules = services.GetRequiredService<ModuleCatalog>();
            document.Info.Title = "CommunityPlatform API";
            document.Info.Version = Version;
            document.Info.Description = "社区平台的接口：每个模块在 `/api/<area>/...` 之下。错误为 RFC 9457 ProblemDetails，带稳定的 `code`（见 docs/errors.md）。\n\n"
                + "The API of the community platform: each module under `/api/<area>/...`. Errors are RFC 9457 ProblemDetails with a stable `code` (see docs/errors.md).";
            foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');

            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[ProblemSchema.Name] = ProblemSchema.Component();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "POST /api/account/token, then send Authorization: Bearer <accessToken>.",
            };

            var actions = services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
                .SelectMany(g => g.Items).Select(d => d.ActionDescriptor).OfType<ControllerActionDescriptor>()
                .GroupBy(OperationText.Tag).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            document.Tags = new HashSet<OpenApiTag>(actions.Select(g => new OpenApiTag { Name = g.Key, Description = OperationText.TagDescription(g.First(), modules) }));

            // Scalar and Redoc group the tags by module.
            var groups = new JsonArray();
            foreach (var module in actions.GroupBy(g => g.Key[..g.Key.IndexOf('.')]))
            {
                var info = modules.Find(module.Key)?.Info;
                groups.Add(new JsonObject
                {
                    ["name"] = info is null ? module.Key : $"{info.Title} · {info.EnglishTitle}",
                    ["tags"] = new JsonArray(module.Select(g => (JsonNode)JsonValue.Create(g.Key)).ToArray()),
                });
            }

            document.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            document.Extensions["x-tagGroups"] = new JsonNodeExtension(groups);
            return Task.CompletedTask;
        });
    }
}

using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>
/// Completes the OpenAPI document: the bearer scheme, which operations need it (public ones carry <c>x-public</c>),
/// the <c>X-Community</c> header and the ProblemDetails answers each operation can give.
/// </summary>
internal static class PlatformOpenApi
{
    public const string Scheme = "Bearer";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CommunityPlatform API";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "POST /api/account/token, then send Authorization: Bearer <accessToken>.",
            };
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var method = context.Description.HttpMethod ?? "GET";
            operation.Responses ??= new OpenApiResponses();
            var isPublic = metadata.OfType<IAllowAnonymous>().Any();
            if (isPublic)
            {
                operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                operation.Extensions["x-public"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(true));
            }
            else
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
                Problem(operation, "401", "No valid bearer token.");
                Problem(operation, "403", "The account may not do this, or may not see that community (Community.Forbidden).");
            }

            if (metadata.OfType<Security.StreetActionAttribute>().Any())
            {
                // A write a street account may make (its own action over its communities): the attack suite reads this.
                operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                operation.Extensions["x-street-action"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(true));
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
                    Description = "Community id or code, among the account's communities; needed when the account sees several.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
                Problem(operation, "404", "Not found, unknown community (Community.NotFound) or module disabled (Module.Disabled).");
            }

            Problem(operation, "400", "Invalid input: ValidationProblemDetails with field errors.");
            if (context.Description.RelativePath?.Contains('{') == true) Problem(operation, "404", "Not found.");
            if (method is "PUT" or "PATCH" or "DELETE" or "POST") Problem(operation, "409", "Stale concurrency stamp or duplicate.");
            if (method is "PUT" or "PATCH" or "DELETE" or "POST") Problem(operation, "422", "A business rule refused the change.");
            return Task.CompletedTask;
        });
    }

    private static void Problem(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status)) return;
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
        };
    }
}

using System.Diagnostics;
using System.Globalization;
using CommunityPlatform.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommunityPlatform.Web.Errors;

/// <summary>Builds the RFC 9457 answers of the API: a stable <c>code</c>, a localised <c>title</c>, field errors for bad input.</summary>
public static class ProblemWriter
{
    public const string ContentType = "application/problem+json";

    public static ProblemDetails Create(HttpContext http, int status, ErrorCode error, string? detail = null, IReadOnlyDictionary<string, string[]>? fields = null)
    {
        var problem = fields is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(fields.ToDictionary(f => f.Key, f => f.Value));
        problem.Status = status;
        problem.Title = error.Localized();
        problem.Type = $"https://httpstatuses.io/{status}";
        problem.Detail = detail;
        problem.Instance = http.Request.Path;
        problem.Extensions["code"] = error.Code;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        return problem;
    }

    public static Task WriteAsync(HttpContext http, int status, ErrorCode error, string? detail = null, IReadOnlyDictionary<string, string[]>? fields = null)
    {
        http.Response.StatusCode = status;
        var problem = Create(http, status, error, detail, fields);
        var json = http.RequestServices.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions;
        return problem is ValidationProblemDetails validation
            ? http.Response.WriteAsJsonAsync(validation, json, ContentType)
            : http.Response.WriteAsJsonAsync(problem, json, ContentType);
    }
}

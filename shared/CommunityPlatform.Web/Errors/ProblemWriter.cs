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
        problem.Detail = Localized(http, error, detail);
        problem.Instance = http.Request.Path;
        problem.Extensions["code"] = error.Code;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        return problem;
    }

    /// <summary>
    /// The detail in the request's language. A refusal names the permission it lacks by its code (<c>Requires
    /// Residents.Manage.</c>): a Chinese reader is told the permission's title instead; the code stays in English.
    /// </summary>
    private static string? Localized(HttpContext http, ErrorCode error, string? detail)
    {
        if (detail is null || Console.Lang.IsEnglish || error != PlatformErrors.PermissionDenied || !detail.StartsWith("Requires ", StringComparison.Ordinal)) return detail;
        var permission = detail["Requires ".Length..].TrimEnd('.');
        var catalog = http.RequestServices.GetService<CommunityPlatform.Permissions.PermissionCatalog>();
        return catalog is not null && catalog.PermissionsByName.TryGetValue(permission, out var known)
            ? $"需要“{known.Title}”权限"
            : "缺少所需权限";
    }

    /// <summary>The error an answer of this status means when nothing more specific is known (status pages, the framework's own answers).</summary>
    public static ErrorCode ForStatus(int status) => status switch
    {
        401 => PlatformErrors.Unauthorized,
        403 => PlatformErrors.PermissionDenied,
        404 => PlatformErrors.NotFound,
        415 => PlatformErrors.UnsupportedMediaType,
        503 => PlatformErrors.Unavailable,
        >= 500 => PlatformErrors.Unexpected,
        _ => PlatformErrors.InvalidRequest,
    };

    /// <summary>
    /// Completes a ProblemDetails that ASP.NET Core made itself — <c>NotFound()</c> in a controller, a 415 for a body
    /// that is not JSON — with the platform's <c>code</c> and localised <c>title</c>, so a client never meets a problem
    /// without a code. Problems the platform wrote already carry theirs and are left alone.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code")) return;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var error = ForStatus(status);
        problem.Status = status;
        problem.Title = error.Localized();
        problem.Type = $"https://httpstatuses.io/{status}";
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["code"] = error.Code;
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

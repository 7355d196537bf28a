using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Web.Errors;

/// <summary>
/// Turns every exception into a ProblemDetails: platform errors keep their status, stale stamps and duplicates answer
/// 409, a form without its antiforgery token 400, and a database that cannot be reached 503 with <c>Retry-After</c>.
/// </summary>
internal sealed class PlatformExceptionHandler(ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    // Long enough for a database restart or a failover; short enough that a waiting clerk is not sent away for long.
    private const string RetryAfterSeconds = "30";

    /// <summary>Where the host re-executes a console page that failed (Pages/Console/Problem).</summary>
    public const string ProblemPath = "/console/problem";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (http.Response.HasStarted) return false;
        // The middleware has already pointed the request at the console's problem page; the request's own path says
        // whether it was the API's.
        if (http.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } asked) http.Request.Path = asked;
        if (exception is PlatformException and not InvalidInputException && !Console.ConsoleSchemes.IsApi(http))
        {
            // A console page's refusal (an unknown resident, a rule) is explained by the console's problem page, in its frame.
            http.Request.Path = ProblemPath;
            return false;
        }
        switch (exception)
        {
            case InvalidInputException invalid:
                await ProblemWriter.WriteAsync(http, 400, invalid.Error, invalid.Detail, invalid.Fields);
                break;
            case PlatformException platform:
                await ProblemWriter.WriteAsync(http, platform.Status, platform.Error, platform.Detail);
                break;
            case DbUpdateConcurrencyException:
                await ProblemWriter.WriteAsync(http, 409, PlatformErrors.Stale);
                break;
            case DbUpdateException when UniqueViolation.Is(exception):
                await ProblemWriter.WriteAsync(http, 409, PlatformErrors.Duplicate);
                break;
            case AntiforgeryValidationException:
                await ProblemWriter.WriteAsync(http, 400, PlatformErrors.InvalidRequest);
                break;
            case Exception when DatabaseUnavailable.Is(exception):
                logger.LogError(exception, "Database unavailable on {Method} {Path}", http.Request.Method, http.Request.Path);
                http.Response.Headers.RetryAfter = RetryAfterSeconds;
                await ProblemWriter.WriteAsync(http, 503, PlatformErrors.Unavailable);
                break;
            case BadHttpRequestException bad:
                // The server's own sentence is English: a Chinese client gets the title alone.
                await ProblemWriter.WriteAsync(http, bad.StatusCode, PlatformErrors.InvalidRequest, Console.Lang.IsEnglish ? bad.Message : null);
                break;
            case OperationCanceledException when http.RequestAborted.IsCancellationRequested:
                return true;
            default:
                logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
                await ProblemWriter.WriteAsync(http, 500, PlatformErrors.Unexpected);
                break;
        }

        return true;
    }
}

using System.Reflection;
using CommunityPlatform.Errors;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>
/// The (status, code) pairs one operation can answer: those the request pipeline gives from the endpoint's metadata
/// (sign-in, password, community, read-only accounts, module switch, permission, binding, rate limit) and those its
/// action's code throws (<see cref="ErrorFlow"/>).
/// </summary>
internal static class OperationErrors
{
    public const string ConcurrencyStamp = "ConcurrencyStamp";

    public static SortedSet<(int Status, string Code)> Of(ApiDescription description, ErrorFlow flow)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var isWrite = description.HttpMethod is not ("GET" or "HEAD");
        var pairs = new HashSet<(int Status, ErrorCode Code)>();
        var isPublic = metadata.OfType<IAllowAnonymous>().Any();

        if (!isPublic)
        {
            pairs.Add((401, PlatformErrors.Unauthorized));
            pairs.Add((403, PlatformErrors.MustChangePassword));
            if (metadata.OfType<RequiresPermissionAttribute>().Any()) pairs.Add((403, PlatformErrors.PermissionDenied));
            if (isWrite && !metadata.OfType<AllowsReadOnlyAccountsAttribute>().Any()) pairs.Add((403, PlatformErrors.ReadOnly));
        }

        if (metadata.OfType<RequiresCommunityAttribute>().Any())
        {
            pairs.Add((400, PlatformErrors.CommunityRequired));
            pairs.Add((403, PlatformErrors.CommunityForbidden));
            pairs.Add((404, PlatformErrors.CommunityNotFound));
            if (metadata.OfType<ModuleEndpoint>().FirstOrDefault() is { IsPlatform: false }) pairs.Add((404, PlatformErrors.ModuleDisabled));
            if (isWrite) pairs.Add((503, PlatformErrors.CommunityMoving));
        }

        var parameters = description.ParameterDescriptions;
        if (parameters.Count > 0) pairs.Add((400, PlatformErrors.InvalidRequest));
        if (parameters.Any(p => p.Source == BindingSource.Path)) pairs.Add((404, PlatformErrors.NotFound));
        if (parameters.FirstOrDefault(p => p.Source == BindingSource.Body) is { } body)
        {
            pairs.Add((415, PlatformErrors.UnsupportedMediaType));
            if (body.Type.GetProperty(ConcurrencyStamp, BindingFlags.Public | BindingFlags.Instance) is not null)
            {
                pairs.Add((409, PlatformErrors.Stale));
                pairs.Add((409, PlatformErrors.Duplicate));
            }
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) pairs.Add((429, Security.RateLimits.TooMany));
        pairs.Add((503, PlatformErrors.Unavailable));

        if (description.ActionDescriptor is ControllerActionDescriptor action)
            pairs.UnionWith(flow.Reachable(action.MethodInfo));
        return new SortedSet<(int, string)>(pairs.Select(p => (p.Status, p.Code.Code)));
    }
}

using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// Names, in a street's or the city's report, the communities the sweep had to leave out (their own database dropped or
/// down): every module's report answers with <see cref="SummedReport.Unavailable"/> filled without each module doing it.
/// </summary>
public sealed class UnavailableCommunities : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ObjectResult { Value: SummedReport report }
            && context.HttpContext.RequestServices.GetService<CommunitySweep>() is { Unavailable.Count: > 0 } sweep)
            report.Unavailable = sweep.Unavailable.Select(c => c.Code).Order(StringComparer.Ordinal).ToList();
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// The API's GET actions served without MVC's action invoker (decision 0019). MVC's invoker and model binding cost a read
/// about a quarter of its throughput against the same handler as a minimal API (issue 21); reads are most of the API's
/// traffic. Modules keep writing controllers — one way to write an endpoint, one OpenAPI document, MVC's binding errors —
/// and each GET endpoint's delegate becomes a <see cref="LeanRead"/> that serves plain requests itself and hands every
/// other request (unusual input, another Accept, a street's or the city's <c>scope=</c>) to MVC's own delegate, kept
/// beside it. Routing, the endpoint policy (account, community, switch, permission) and the exception handler are the
/// same for both, since they run before the endpoint's delegate.
/// <para><c>Platform:Api:LeanReads=false</c> (or <see cref="Enabled"/>) sends everything through MVC again.</para>
/// </summary>
public sealed class LeanReads(IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, string> kept = new(StringComparer.Ordinal);
    // Keyed, not a list: MVC makes its endpoints again when its actions change, and each time they come through here.
    private readonly ConcurrentDictionary<string, bool> lean = new(StringComparer.Ordinal);
    private JsonSerializerOptions? json;

    /// <summary>Whether plain GET requests are served lean; off, every request goes through MVC as before.</summary>
    public bool Enabled { get; set; } = configuration.GetValue("Platform:Api:LeanReads", true);

    /// <summary>GET actions served lean (display names).</summary>
    public IReadOnlyCollection<string> Served => lean.Keys.ToList();

    /// <summary>GET actions MVC keeps, with the reason (display name → reason).</summary>
    public IReadOnlyDictionary<string, string> KeptByMvc => kept;

    /// <summary>An endpoint convention for <c>MapControllers()</c>: swaps a GET action's delegate for a lean one.</summary>
    public void Attach(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<ControllerActionDescriptor>().LastOrDefault() is not { } action || !LeanRead.IsGet(action)
            || endpoint.RequestDelegate is not { } mvc) return;
        if (LeanRead.TryCreate(action, out var refusal) is not { } read)
        {
            kept[action.DisplayName ?? action.Id] = refusal ?? "?";
            return;
        }

        lean[action.DisplayName ?? action.Id] = true;
        endpoint.RequestDelegate = http => Enabled ? read.ServeAsync(http, json ??= JsonOf(http), mvc) : mvc(http);
    }

    /// <summary>MVC's own JSON options (its formatter's copy, with the encoder MVC adds), so both paths write the same bytes.</summary>
    private static JsonSerializerOptions JsonOf(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<MvcOptions>>().Value.OutputFormatters
            .OfType<SystemTextJsonOutputFormatter>().First().SerializerOptions;
}

public static class LeanReadsEndpoints
{
    /// <summary>Serves the controllers' plain GET requests lean (<see cref="LeanReads"/>).</summary>
    public static ControllerActionEndpointConventionBuilder WithLeanReads(this ControllerActionEndpointConventionBuilder controllers, IServiceProvider services)
    {
        var reads = services.GetRequiredService<LeanReads>();
        controllers.Add(reads.Attach);
        return controllers;
    }
}

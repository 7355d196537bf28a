using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CommunityPlatform.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// One GET action served as a minimal-API handler would serve it: the controller made with its services, the
/// parameters bound from route and query (<see cref="ReadInput"/>), the action called and its answer written as JSON
/// with MVC's own serializer options. Made only for actions whose answer MVC would write the same way (see
/// <see cref="TryCreate"/>); a request whose input is not plain is handed to MVC's own delegate.
/// </summary>
internal sealed class LeanRead
{
    private readonly ControllerActionDescriptor action;
    private readonly ReadInput[] inputs;
    private readonly Type declared;

    // Compiled on the action's first lean request, not when the endpoints are made: a host's first request (which makes
    // every endpoint) would otherwise pay for the compiled calls of every read, most of which it may never serve.
    private ObjectFactory? controller;
    private Func<object, object?[], Task<object?>>? invoke;

    private LeanRead(ControllerActionDescriptor action, ReadInput[] inputs, Type declared)
    {
        this.action = action;
        this.inputs = inputs;
        this.declared = declared;
    }

    /// <summary>Whether <paramref name="action"/> answers GET and nothing else — the only actions a lean read may take.</summary>
    public static bool IsGet(ActionDescriptor action) =>
        action.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList() is ["GET"];

    /// <summary>The lean handler of <paramref name="action"/>, or null with the reason MVC keeps it.</summary>
    public static LeanRead? TryCreate(ControllerActionDescriptor action, out string? refusal)
    {
        refusal = Refusal(action);
        if (refusal is not null) return null;

        var routeNames = action.AttributeRouteInfo?.Template is { } template
            ? Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var inputs = new List<ReadInput>();
        foreach (var parameter in action.Parameters.Cast<ControllerParameterDescriptor>())
        {
            if (ReadInput.For(parameter, routeNames, out refusal) is not { } input) return null;
            inputs.Add(input);
        }

        return new LeanRead(action, inputs.ToArray(), Unwrap(action.MethodInfo.ReturnType)!);
    }

    public async Task ServeAsync(HttpContext http, JsonSerializerOptions json, RequestDelegate mvc)
    {
        // A street's or the city's sum (scope=) may be a kept answer of CitySums, an MVC filter: MVC serves those.
        if (!AnswersJson(http.Request) || http.Request.Query.ContainsKey("scope"))
        {
            await mvc(http);
            return;
        }

        var arguments = inputs.Length == 0 ? [] : new object?[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
            if (!inputs[i].TryBind(http, out arguments[i]))
            {
                await mvc(http);
                return;
            }

        var target = (controller ??= ActivatorUtilities.CreateFactory(action.ControllerTypeInfo, Type.EmptyTypes))(http.RequestServices, null);
        if (target is ControllerBase controllerBase)
            controllerBase.ControllerContext = new ControllerContext(new ActionContext(http, new RouteData(http.Request.RouteValues), action));
        object? answer;
        try
        {
            answer = await (invoke ??= Invoker(action.MethodInfo))(target, arguments);
        }
        finally
        {
            if (target is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
            else (target as IDisposable)?.Dispose();
        }

        await WriteAsync(http, answer, json);
    }

    /// <summary>As MVC's <c>ObjectResult</c> with its JSON formatter: 204 for null, else the declared type's contract unless the runtime type differs and the declared one is not safe for it.</summary>
    private async Task WriteAsync(HttpContext http, object? answer, JsonSerializerOptions json)
    {
        var response = http.Response;
        if (answer is null)
        {
            if (response.StatusCode == StatusCodes.Status200OK) response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        var info = json.GetTypeInfo(declared);
        if (!(declared.IsSealed || declared.IsValueType || info.PolymorphismOptions is not null || answer.GetType() == declared))
            info = json.GetTypeInfo(answer.GetType());
        response.ContentType = "application/json; charset=utf-8";
        try
        {
            await JsonSerializer.SerializeAsync(response.Body, answer, info, http.RequestAborted);
            await response.Body.FlushAsync(http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
        }
    }

    /// <summary>Why MVC must keep the action: anything its pipeline would do that a lean read does not.</summary>
    private static string? Refusal(ControllerActionDescriptor action)
    {
        if (!IsGet(action)) return "not a GET";
        if (action.ActionConstraints!.Any(c => c is not HttpMethodActionConstraint)) return "has other action constraints";
        // The platform's two global filters are taken care of: a report (SummedReport) stays with MVC, and a request
        // asking for scope= goes to MVC (CitySums keeps those).
        foreach (var filter in action.FilterDescriptors.Select(f => f.Filter))
            if (!Understood(filter))
                return $"filter {filter.GetType().Name}";
        if (action.BoundProperties.Count > 0) return "binds controller properties";

        var returned = Unwrap(action.MethodInfo.ReturnType);
        if (returned is null) return "returns no value";
        if (returned == typeof(string) || returned == typeof(object)) return $"returns {returned.Name} (another formatter)";
        if (typeof(IActionResult).IsAssignableFrom(returned) || typeof(IConvertToActionResult).IsAssignableFrom(returned)
            || typeof(IResult).IsAssignableFrom(returned) || typeof(Stream).IsAssignableFrom(returned))
            return $"returns {returned.Name}";
        if (typeof(SummedReport).IsAssignableFrom(returned)) return "a report (UnavailableCommunities fills it in)";
        return null;
    }

    private static bool Understood(IFilterMetadata filter) =>
        filter is UnavailableCommunities
        || (filter is ServiceFilterAttribute service && service.ServiceType == typeof(CitySums))
        // ApiController's act on ModelState (a body's content type, field errors) and on IClientErrorActionResult, none of
        // which a lean read makes (it binds no body and hands bad input to MVC); the views' SaveTempData saves TempData
        // only when something read it, and a ControllerBase action has no TempData.
        || filter.GetType().Name is "ModelStateInvalidFilterFactory" or "ClientErrorResultFilterFactory" or "UnsupportedContentTypeFilter"
            // Markers read by ApiExplorer and conventions, not by the invoker.
            or "ApiControllerAttribute" or "ProducesResponseTypeAttribute"
            or "SaveTempDataAttribute";

    /// <summary>
    /// Whether MVC would answer in JSON: no <c>Accept</c>, or only ranges its JSON formatter takes first (a client's
    /// <c>text/plain</c> beside them finds no formatter for an object). Anything else, parameters included, goes to MVC.
    /// </summary>
    private static bool AnswersJson(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        // Most clients send nothing, or one range: no splitting (and no allocation) for those.
        if (accept.Count == 0 || (accept.Count == 1 && IsJsonRange(accept[0]))) return true;
        foreach (var value in accept)
        foreach (var range in (value ?? "").Split(','))
            if (!IsJsonRange(range.Trim()))
                return false;
        return true;
    }

    private static bool IsJsonRange(string? range) => range is "application/json" or "*/*" or "application/*" or "text/plain" or "" or null;

    private static Type? Unwrap(Type type)
    {
        if (type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask)) return null;
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
            return type.GetGenericArguments()[0];
        return type;
    }

    /// <summary>A compiled call of the action: (controller, arguments) → its answer, awaited and boxed.</summary>
    private static Func<object, object?[], Task<object?>> Invoker(MethodInfo method)
    {
        var target = Expression.Parameter(typeof(object));
        var arguments = Expression.Parameter(typeof(object?[]));
        var parameters = method.GetParameters()
            .Select((p, i) => (Expression)Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        Expression call = Expression.Call(Expression.Convert(target, method.DeclaringType!), method, parameters);
        var returned = method.ReturnType;
        var box = returned.IsGenericType && returned.GetGenericTypeDefinition() == typeof(Task<>) ? nameof(BoxTask)
            : returned.IsGenericType && returned.GetGenericTypeDefinition() == typeof(ValueTask<>) ? nameof(BoxValueTask)
            : nameof(BoxValue);
        call = Expression.Call(typeof(LeanRead).GetMethod(box, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(Unwrap(returned)!), call);
        return Expression.Lambda<Func<object, object?[], Task<object?>>>(call, target, arguments).Compile();
    }

    private static async Task<object?> BoxTask<T>(Task<T> task) => await task;

    private static async Task<object?> BoxValueTask<T>(ValueTask<T> task) => await task;

    private static Task<object?> BoxValue<T>(T value) => Task.FromResult<object?>(value);
}

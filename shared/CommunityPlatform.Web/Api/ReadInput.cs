using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// How <see cref="LeanRead"/> fills one parameter of an action from a request. <see cref="TryBind"/> returns false
/// whenever MVC might read the request differently (or refuse it): the request then goes to MVC, which answers it as it
/// always has — so a lean read never invents a binding rule or an error message of its own.
/// </summary>
internal abstract class ReadInput
{
    public abstract bool TryBind(HttpContext http, out object? value);

    /// <summary>The input for a parameter, or null with the reason MVC must keep the action.</summary>
    public static ReadInput? For(ControllerParameterDescriptor parameter, ISet<string> routeNames, out string? refusal)
    {
        refusal = null;
        var info = parameter.ParameterInfo;
        var type = parameter.ParameterType;
        var source = parameter.BindingInfo?.BindingSource;
        var name = parameter.BindingInfo?.BinderModelName ?? parameter.Name;
        if (type == typeof(CancellationToken)) return new Aborted();
        if (source == BindingSource.Services) return new Service(type);
        var rules = info.GetCustomAttributes<ValidationAttribute>(inherit: true).ToArray();
        if (PlainValue.Knows(type))
        {
            if (source == BindingSource.Path || (source is null && routeNames.Contains(name)))
                return rules.Length == 0 ? new RouteValue(name, type) : new Checked(new RouteValue(name, type), rules, name);
            // A non-nullable string is implicitly required by MVC here (SuppressImplicitRequired… is off).
            if (type == typeof(string) && new NullabilityInfoContext().Create(info).ReadState != NullabilityState.Nullable)
                return Refuse($"{parameter.Name} is a required string", out refusal);
            var fallback = info.HasDefaultValue ? info.DefaultValue : type.IsValueType ? Activator.CreateInstance(type) : null;
            // A missing value MVC leaves unvalidated (or refuses, if [Required]): with rules, only a present one is lean.
            if (source == BindingSource.Query || source is null)
                return rules.Length == 0 ? new QueryValue(name, type, fallback, missingIsPlain: true)
                    : new Checked(new QueryValue(name, type, fallback, missingIsPlain: false), rules, name);
            return Refuse($"{parameter.Name} is bound from {source.DisplayName}", out refusal);
        }

        if (rules.Length > 0) return Refuse($"{parameter.Name} ({type.Name}) carries validation attributes", out refusal);
        if (source == BindingSource.Query && QueryObject.TryCreate(type, name, out var query, out refusal)) return query;
        return Refuse(refusal ?? $"{parameter.Name} ({type.Name}) is bound from {source?.DisplayName ?? "MVC's inference"}", out refusal);
    }

    private static ReadInput? Refuse(string why, out string? refusal)
    {
        refusal = why;
        return null;
    }

    private sealed class Aborted : ReadInput
    {
        public override bool TryBind(HttpContext http, out object? value)
        {
            value = http.RequestAborted;
            return true;
        }
    }

    private sealed class Service(Type type) : ReadInput
    {
        public override bool TryBind(HttpContext http, out object? value)
        {
            value = http.RequestServices.GetRequiredService(type);
            return true;
        }
    }

    private sealed class RouteValue(string name, Type type) : ReadInput
    {
        public override bool TryBind(HttpContext http, out object? value)
        {
            value = null;
            return http.Request.RouteValues.TryGetValue(name, out var raw) && PlainValue.TryParse(type, raw as string, out value);
        }
    }

    private sealed class QueryValue(string name, Type type, object? missing, bool missingIsPlain) : ReadInput
    {
        public override bool TryBind(HttpContext http, out object? value)
        {
            if (!http.Request.Query.TryGetValue(name, out var values))
            {
                value = missing;
                return missingIsPlain;
            }

            value = null;
            return values.Count == 1 && PlainValue.TryParse(type, values[0], out value);
        }
    }

    /// <summary>A value with DataAnnotations on its parameter (<c>[Range(1, 12)] int month</c>): lean only when they hold.</summary>
    private sealed class Checked(ReadInput value, ValidationAttribute[] rules, string name) : ReadInput
    {
        public override bool TryBind(HttpContext http, out object? bound) =>
            value.TryBind(http, out bound)
            && Validator.TryValidateValue(bound!, new ValidationContext(bound ?? name, http.RequestServices, null) { MemberName = name }, null, rules);
    }

    /// <summary>
    /// A <c>[FromQuery]</c> object (a page query): made with its parameterless constructor, each settable property of a
    /// plain type from the query key of its name (case-insensitive, as MVC), then checked with its DataAnnotations.
    /// </summary>
    private sealed class QueryObject : ReadInput
    {
        private readonly string name;
        private readonly Type type;
        private readonly PropertyInfo[] properties;
        private readonly bool validates;

        // Compiled on the first lean request, like the action's call (LeanRead).
        private Action<object, object?>[]? setters;

        private QueryObject(string name, Type type, PropertyInfo[] properties, bool validates)
        {
            this.name = name;
            this.type = type;
            this.properties = properties;
            this.validates = validates;
        }

        public static bool TryCreate(Type type, string name, out ReadInput? input, out string? refusal)
        {
            input = null;
            refusal = null;
            if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
            {
                refusal = $"{type.Name} has no parameterless constructor";
                return false;
            }

            var nullability = new NullabilityInfoContext();
            var bound = new List<PropertyInfo>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is not { IsPublic: true })
                {
                    // MVC skips a get-only property (PageQuery.Skip), but fills a get-only collection from the query.
                    if (property.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType))
                    {
                        refusal = $"{type.Name}.{property.Name} is a collection MVC would fill";
                        return false;
                    }

                    continue;
                }

                if (!PlainValue.Knows(property.PropertyType))
                    refusal = $"{type.Name}.{property.Name} ({property.PropertyType.Name}) is not a plain value";
                else if (property.GetCustomAttributes().Any(a => a is IBindingSourceMetadata or IModelNameProvider
                                                                 || a.GetType().Name is "BindRequiredAttribute" or "BindNeverAttribute"))
                    refusal = $"{type.Name}.{property.Name} names its own binding";
                else if (property.PropertyType == typeof(string) && nullability.Create(property).ReadState != NullabilityState.Nullable)
                    refusal = $"{type.Name}.{property.Name} is a required string";
                if (refusal is not null) return false;
                bound.Add(property);
            }

            var validates = typeof(IValidatableObject).IsAssignableFrom(type)
                            || type.GetCustomAttributes<ValidationAttribute>(true).Any()
                            || type.GetProperties().Any(p => p.GetCustomAttributes<ValidationAttribute>(true).Any());
            input = new QueryObject(name, type, bound.ToArray(), validates);
            return true;
        }

        public override bool TryBind(HttpContext http, out object? value)
        {
            value = null;
            var query = http.Request.Query;
            // MVC reads "query.page" under the parameter's name when any key starts with it: leave that to MVC.
            foreach (var key in query.Keys)
                if (key.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                    && (key.Length == name.Length || key[name.Length] is '.' or '['))
                    return false;

            var model = Activator.CreateInstance(type)!;
            var set = setters ??= properties.Select(p => Setter(type, p)).ToArray();
            for (var i = 0; i < properties.Length; i++)
            {
                if (!query.TryGetValue(properties[i].Name, out var values)) continue;
                if (values.Count != 1 || !PlainValue.TryParse(properties[i].PropertyType, values[0], out var parsed)) return false;
                set[i](model, parsed);
            }

            if (validates && !Validator.TryValidateObject(model, new ValidationContext(model, http.RequestServices, null), null, validateAllProperties: true))
                return false;
            value = model;
            return true;
        }

        private static Action<object, object?> Setter(Type type, PropertyInfo property)
        {
            var target = Expression.Parameter(typeof(object));
            var value = Expression.Parameter(typeof(object));
            var call = Expression.Call(Expression.Convert(target, type), property.SetMethod!, Expression.Convert(value, property.PropertyType));
            return Expression.Lambda<Action<object, object?>>(call, target, value).Compile();
        }
    }
}

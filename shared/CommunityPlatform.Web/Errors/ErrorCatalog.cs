using System.Reflection;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Web.OpenApi;

namespace CommunityPlatform.Web.Errors;

/// <summary>One error code as a client meets it: the statuses it comes with, its titles and what it means.</summary>
public sealed record ErrorCatalogEntry(string Code, IReadOnlyList<int> Statuses, string Title, string EnglishTitle, string Meaning, string DefinedIn);

/// <summary>
/// Every <see cref="ErrorCode"/> the kernel and the installed modules define, with the statuses the code answers them
/// with (read from the compiled code by <see cref="ErrorFlow"/>), so the catalogue in <c>docs/errors.md</c> and the
/// OpenAPI document cannot drift from what the API does.
/// </summary>
public sealed class ErrorCatalog
{
    internal ErrorCatalog(ErrorFlow flow, IEnumerable<Assembly> assemblies)
    {
        Flow = flow;
        Entries = assemblies
            .SelectMany(a => { try { return a.GetTypes(); } catch (ReflectionTypeLoadException e) { return e.Types.OfType<Type>(); } })
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(ErrorCode) && f.IsInitOnly)
            .Select(f => (Field: f, Code: (ErrorCode)f.GetValue(null)!))
            .GroupBy(f => f.Code.Code, StringComparer.Ordinal)
            .Select(g => Entry(g.First().Field, g.First().Code))
            .OrderBy(e => e.Code, StringComparer.Ordinal)
            .ToList();
    }

    public static ErrorCatalog For(ModuleCatalog modules)
    {
        var assemblies = ErrorFlow.PlatformAssemblies(modules.Modules.Select(m => m.GetType().Assembly)).ToList();
        return new ErrorCatalog(new ErrorFlow(assemblies), assemblies);
    }

    internal ErrorFlow Flow { get; }

    public IReadOnlyList<ErrorCatalogEntry> Entries { get; }

    /// <summary>What an answer of this status means, for a code whose comment says nothing more.</summary>
    public static string MeaningOf(int status) => status switch
    {
        400 => "The request is not valid; `errors` names the fields at fault.",
        401 => "Not signed in, or the credentials are wrong.",
        403 => "The account may not do this here.",
        404 => "No such record in the caller's community, or the module or route is not there.",
        409 => "Conflicts with what is stored: a stale concurrency stamp or a duplicate; reload and try again.",
        415 => "The body is not JSON.",
        422 => "A business rule refuses the change.",
        429 => "Too many requests from this client; wait and retry.",
        503 => "Temporarily unavailable; retry after `Retry-After` seconds.",
        _ => "An unexpected error on the server.",
    };

    private ErrorCatalogEntry Entry(FieldInfo field, ErrorCode code)
    {
        var statuses = Flow.Everywhere.TryGetValue(code, out var found) ? found.Order().ToList() : [];
        var meaning = XmlDocs.Summary(field) ?? (statuses.Count > 0 ? string.Join(" ", statuses.Select(MeaningOf).Distinct()) : "Not answered by the API (used in pages, imports or warnings).");
        return new ErrorCatalogEntry(code.Code, statuses, code.Message, code.EnglishMessage, meaning, field.DeclaringType!.Assembly.GetName().Name!);
    }
}

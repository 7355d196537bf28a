using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: to attack community B's records from community A the suite needs B's ids, and to know when an answer leaks
// them it needs all of them. Walking the document's GET operations as one of B's accounts finds them for every
// module, and records where each id was seen, so that a path parameter gets an id of the right kind.

/// <summary>The ids (and codes and names) one account saw walking the document's GET operations.</summary>
internal sealed partial class IdPool
{
    private readonly List<Seen> seen = [];
    private readonly Dictionary<string, string> origins = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonObject> objects = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ids never used to fill a request (the suite's own actors), though still recognised in answers.</summary>
    public HashSet<string> Avoid { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every GUID seen under a property named <c>id</c>, <c>…Id</c> or <c>…Ids</c>.</summary>
    public IReadOnlyCollection<string> Ids => origins.Keys;

    /// <summary>Where an id was first seen: "GET /api/party/members (id)".</summary>
    public string Origin(string id) => origins.GetValueOrDefault(id, "?");

    /// <summary>Walks every GET operation the account can fill, up to three levels deep (lists, then records, then their parts).</summary>
    public static async Task<IdPool> HarvestAsync(OpenApiDocument api, IEnumerable<(HttpClient Client, Func<ApiOperation, bool> Applies)> accounts, string community)
    {
        var pool = new IdPool();
        var done = new HashSet<string>();
        for (var round = 0; round < 4; round++)
        {
            var progress = false;
            foreach (var operation in api.Operations.Where(o => o.IsGet && !done.Contains(o.Path)))
            {
                var last = operation.PathParameters.LastOrDefault(p => p.Name != "community");
                var candidates = last is null ? new List<string> { "" } : pool.PathCandidates(operation, last.Name).Take(60).ToList();
                foreach (var candidate in candidates)
                {
                    var url = Fill(operation.Path, p => p == "community" ? community : p == last?.Name ? candidate : pool.PathCandidates(operation, p).FirstOrDefault());
                    if (url is null) continue;
                    if (operation.QueryParameters.FirstOrDefault(q => q.Name.Equals("pageSize", StringComparison.OrdinalIgnoreCase)) is { } size)
                        url += $"?{size.Name}=100";
                    var answered = false;
                    var before = pool.origins.Count;
                    foreach (var (client, _) in accounts.Where(a => a.Applies(operation)))
                    {
                        var response = await client.GetAsync(url);
                        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType?.Contains("json") != true) continue;
                        pool.Add(operation.Path, await response.JsonAsync());
                        answered = true;
                    }

                    if (!answered) continue;
                    done.Add(operation.Path);
                    progress = true;
                    // A record's parts (a grid's staff, a unit's seats) may be empty for the first records: try the next ones.
                    if (last is null || operation.Path.EndsWith("{" + last.Name + "}", StringComparison.Ordinal) || pool.origins.Count > before) break;
                }
            }

            if (!progress) break;
        }

        return pool;
    }

    /// <summary>Fills a path template; null when a parameter has no value.</summary>
    public static string? Fill(string template, Func<string, string?> value)
    {
        var missing = false;
        var url = Parameter().Replace(template, m =>
        {
            var v = value(m.Groups[1].Value);
            if (v is null) missing = true;
            return Uri.EscapeDataString(v ?? "");
        });
        return missing ? null : url;
    }

    public void Add(string path, JsonNode answer)
    {
        var top = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
        switch (answer)
        {
            case JsonArray array:
                top.UnionWith(array.OfType<JsonObject>());
                break;
            case JsonObject root:
                top.Add(root);
                if (root["items"] is JsonArray items) top.UnionWith(items.OfType<JsonObject>());
                break;
        }

        Walk(path, answer, top);
    }

    private void Walk(string path, JsonNode? node, HashSet<JsonObject> top)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array) Walk(path, item, top);
                break;
            case JsonObject obj:
                var isTop = top.Contains(obj);
                foreach (var (name, value) in obj)
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        if (IsIdName(name) && Guid.TryParse(text, out var id))
                        {
                            Record(new Seen(path, name, id.ToString(), isTop && name == "id"));
                            if (isTop && name == "id") objects[id.ToString()] = obj;
                        }
                        else if (isTop) seen.Add(new Seen(path, name, text, true));
                    }
                    else if (value is JsonArray list && name.EndsWith("Ids", StringComparison.Ordinal))
                    {
                        foreach (var element in list)
                            if (element is JsonValue e && e.TryGetValue<string>(out var s) && Guid.TryParse(s, out var listed))
                                Record(new Seen(path, name[..^1], listed.ToString(), false));
                    }

                    Walk(path, value, top);
                }

                break;
        }
    }

    private void Record(Seen s)
    {
        seen.Add(s);
        origins.TryAdd(s.Value, $"GET {s.Path} ({s.Property})");
    }

    private static bool IsIdName(string name) => name == "id" || name.EndsWith("Id", StringComparison.Ordinal);

    /// <summary>The record an id names (the latest answer that held it), for its concurrency stamp and fields.</summary>
    public JsonObject? Record(string id) => objects.GetValueOrDefault(id);

    /// <summary>Values for a path parameter, best first: ids of the collection the parameter sits under, then by name.</summary>
    public IEnumerable<string> PathCandidates(ApiOperation operation, string parameter)
    {
        var at = operation.Path.IndexOf("/{" + parameter + "}", StringComparison.Ordinal);
        var prefix = at < 0 ? operation.Path : operation.Path[..at];
        IEnumerable<string> found;
        if (parameter == "id")
        {
            found = TopIds(prefix).Concat(TopIds(prefix + "/{id}"));
        }
        else if (parameter.EndsWith("Id", StringComparison.Ordinal))
        {
            var kind = parameter[..^2];
            var segment = prefix.Split('/').Last();
            found = seen.Where(s => s.Property == parameter && s.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(s => s.Value)
                .Concat(!segment.StartsWith('{') && segment.StartsWith(Kebab(kind), StringComparison.OrdinalIgnoreCase) ? TopIds(prefix) : [])
                .Concat(CollectionIds(kind, prefix))
                .Concat(ByProperty(parameter, prefix));
        }
        else
        {
            // Names and codes: a module's name for {module}, a grid's code for {code} — the same area's first.
            found = NamesOf(parameter + "s").Concat(NamesOf(parameter + "es"))
                .Concat(SameAreaFirst(seen.Where(s => s.TopLevel && s.Property == parameter), prefix).Select(s => s.Value));
        }

        return found.Where(v => !Avoid.Contains(v)).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An id for a body or query property (<c>memberId</c>, <c>buildingIds</c>), or null when none was seen.</summary>
    public string? ForProperty(string operationPath, string property)
    {
        var name = property.EndsWith("Ids", StringComparison.Ordinal) ? property[..^1] : property;
        if (!name.EndsWith("Id", StringComparison.Ordinal)) return null;
        var kind = name[..^2];
        return CollectionIds(kind, operationPath)
            .Concat(ByProperty(name, operationPath))
            .Concat(seen.Where(s => s.TopLevel && s.Property == "id" && s.Path.Split('/').Last().StartsWith(Kebab(kind), StringComparison.OrdinalIgnoreCase)).Select(s => s.Value))
            .FirstOrDefault(v => !Avoid.Contains(v));
    }

    /// <summary>The names listed by the GET operation whose last segment is <paramref name="segment"/> (roles, modules, permissions).</summary>
    public IEnumerable<string> NamesOf(string segment) =>
        seen.Where(s => s.TopLevel && s.Property == "name" && s.Path.Split('/').Last() == Kebab(segment)).Select(s => s.Value).Distinct();

    private IEnumerable<string> TopIds(string path) => seen.Where(s => s.TopLevel && s.Property == "id" && s.Path == path).Select(s => s.Value);

    /// <summary>Ids of the collection named after the kind: memberId → GET …/members, jointUnitId → GET …/joint-units.</summary>
    private IEnumerable<string> CollectionIds(string kind, string near)
    {
        var plural = Kebab(kind);
        string[] names = [plural + "s", plural + "es", plural.EndsWith('y') ? plural[..^1] + "ies" : plural];
        return SameAreaFirst(seen.Where(s => s.TopLevel && s.Property == "id" && names.Contains(s.Path.Split('/').Last())), near).Select(s => s.Value);
    }

    private IEnumerable<string> ByProperty(string property, string near) =>
        SameAreaFirst(seen.Where(s => s.Property == property && Guid.TryParse(s.Value, out _)), near).Select(s => s.Value);

    private static IEnumerable<Seen> SameAreaFirst(IEnumerable<Seen> found, string near)
    {
        var area = string.Join('/', near.Split('/').Take(3));
        return found.OrderBy(s => s.Path.StartsWith(area + "/", StringComparison.Ordinal) ? 0 : 1);
    }

    private static string Kebab(string camel) => KebabBoundary().Replace(camel, "$1-$2").ToLowerInvariant();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex KebabBoundary();

    private sealed record Seen(string Path, string Property, string Value, bool TopLevel);
}

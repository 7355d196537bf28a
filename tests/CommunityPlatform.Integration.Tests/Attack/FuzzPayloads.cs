using System.Text;
using System.Text.Json.Nodes;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: the bad input a client can send is decided by the shape of each field, not by the endpoint. This file says,
// once, what to send in place of a field of each shape — as raw JSON bytes, because a serializer would refuse to
// write a lone surrogate or would quietly fix it.

/// <summary>A value sent in place of a field or parameter: its label and the raw JSON (or query) bytes.</summary>
internal sealed record Payload(string Label, byte[] Raw)
{
    public static Payload Json(string label, string json) => new(label, Encoding.UTF8.GetBytes(json));
}

/// <summary>A place in a request body: properties by name, list items by <c>[0]</c>.</summary>
internal sealed record Slot(string Label, IReadOnlyList<(string Name, bool Item, Schema Schema)> Steps)
{
    public Schema Schema => Steps[^1].Schema;

    /// <summary>The first item of a list: its null is the list's <c>[null]</c>, sent once already.</summary>
    public bool IsItem => Steps[^1].Item;
}

internal static class FuzzPayloads
{
    private const string Token = "__ATTACK_SLOT__";

    public static readonly string[] OutOfRange = ["2147483648", "-1", "1e40", "9223372036854775808"];

    /// <summary>Whole bodies that are not the request at all.</summary>
    public static IEnumerable<Payload> Bodies(string valid) =>
    [
        Payload.Json("malformed JSON", "{\"a\":"),
        Payload.Json("not JSON", "not json at all"),
        Payload.Json("truncated body", valid.Length > 1 ? valid[..^1] : "{"),
        Payload.Json("JSON null", "null"),
        Payload.Json("a list for the body", "[null]"),
        Payload.Json("a number for the body", "2147483648"),
        Payload.Json("an empty body", ""),
    ];

    /// <summary>What to put in a field of this shape: null, a wrong type, out-of-range numbers, unknown enum values, bad strings.</summary>
    public static IEnumerable<Payload> ForField(Schema schema)
    {
        yield return Payload.Json("null", "null");
        if (schema.IsEnum)
        {
            yield return Payload.Json("an unknown enum name", "\"bogusValue\"");
            yield return Payload.Json("an integer enum", "1");
            yield return Payload.Json("an object", "{\"x\":1}");
            yield break;
        }

        switch (schema.Type)
        {
            case "integer" or "number":
                yield return Payload.Json("a string for a number", "\"abc\"");
                yield return Payload.Json("a boolean for a number", "true");
                yield return Payload.Json("a list for a number", "[1]");
                foreach (var number in OutOfRange) yield return Payload.Json(number, number);
                if (schema.Type == "integer") yield return Payload.Json("a fraction", "1.5");
                break;
            case "boolean":
                yield return Payload.Json("a string for a boolean", "\"yes\"");
                yield return Payload.Json("a number for a boolean", "1");
                break;
            case "array":
                yield return Payload.Json("a string for a list", "\"abc\"");
                yield return Payload.Json("an object for a list", "{\"x\":1}");
                yield return Payload.Json("[null]", "[null]");
                break;
            case "object":
                yield return Payload.Json("a string for an object", "\"abc\"");
                yield return Payload.Json("a list for an object", "[1]");
                break;
            default:
                yield return Payload.Json("a number for a string", "12345");
                yield return Payload.Json("an object for a string", "{\"x\":1}");
                if (schema.IsUuid) yield return Payload.Json("a non-guid", "\"not-a-guid\"");
                if (schema.IsDate) yield return Payload.Json("a non-date", "\"2026-02-30\"");
                yield return Payload.Json("10,000 characters", "\"" + new string('长', 10_000) + "\"");
                yield return Payload.Json("a NUL character", "\"a\\u0000b\"");
                yield return Payload.Json("a lone surrogate (escaped)", "\"a\\ud800b\"");
                yield return new Payload("a lone surrogate (raw bytes)", [(byte)'"', (byte)'a', 0xED, 0xA0, 0x80, (byte)'b', (byte)'"']);
                break;
        }
    }

    /// <summary>What to put in a query parameter: a wrong type, out-of-range numbers, and for strings a NUL and 10,000 characters.</summary>
    public static IEnumerable<Payload> ForQuery(Schema schema)
    {
        if (schema.Type != "string" || schema.IsUuid || schema.IsDate || schema.IsEnum) yield return new("a wrong type", Encoding.UTF8.GetBytes("abc"));
        if (schema.IsEnum) yield return new("an integer enum", Encoding.UTF8.GetBytes("1"));
        foreach (var number in OutOfRange) yield return new(number, Encoding.UTF8.GetBytes(Uri.EscapeDataString(number)));
        if (schema.Type == "string" && !schema.IsUuid && !schema.IsDate && !schema.IsEnum)
        {
            yield return new("a NUL character", Encoding.UTF8.GetBytes("a%00b"));
            yield return new("10,000 characters", Encoding.UTF8.GetBytes(new string('x', 10_000)));
        }
    }

    /// <summary>
    /// What to put in a path parameter: for a guid a non-guid and an unknown guid; for a name or code an unknown one,
    /// Chinese with a space, and 1,000 characters. (A NUL cannot go in a path: the test server refuses to send it.)
    /// </summary>
    public static IEnumerable<(string Label, string Value)> ForRoute(Schema schema) => schema.IsUuid
        ? [("a non-guid", "not-a-guid"), ("a number", "12345"), ("an unknown guid", Guid.CreateVersion7().ToString())]
        : [("an unknown name", "zz-unknown"), ("Chinese with a space", "不存在 的"), ("1,000 characters", new string('x', 1_000))];

    /// <summary>Every place of a body schema, to depth three: properties, and the first item of lists.</summary>
    public static IEnumerable<Slot> Slots(Schema schema, string label = "", List<(string, bool, Schema)>? steps = null, int depth = 0)
    {
        steps ??= [];
        if (depth > 3) yield break;
        foreach (var (name, property) in schema.Properties)
        {
            var here = new List<(string, bool, Schema)>(steps) { (name, false, property) };
            var hereLabel = label.Length == 0 ? name : $"{label}.{name}";
            yield return new Slot(hereLabel, here);
            foreach (var inner in Inner(property, hereLabel, here, depth)) yield return inner;
        }
    }

    private static IEnumerable<Slot> Inner(Schema schema, string label, List<(string, bool, Schema)> steps, int depth)
    {
        if (schema.Type == "object" && !schema.IsEnum)
            foreach (var slot in Slots(schema, label, steps, depth + 1)) yield return slot;
        if (schema.Type == "array" && schema.Items is { } items)
        {
            var item = new List<(string, bool, Schema)>(steps) { ("", true, items) };
            yield return new Slot(label + "[0]", item);
            foreach (var inner in Inner(items, label + "[0]", item, depth + 1)) yield return inner;
        }
    }

    /// <summary>The valid body with one place replaced by the payload's raw bytes (places the body lacks are made, valid-looking).</summary>
    public static byte[] Apply(JsonNode body, Slot slot, Payload payload, RequestBodies bodies)
    {
        var root = body.DeepClone();
        var current = root;
        for (var i = 0; i < slot.Steps.Count; i++)
        {
            var (name, item, schema) = slot.Steps[i];
            var last = i == slot.Steps.Count - 1;
            if (!item)
            {
                var obj = current as JsonObject ?? throw new InvalidOperationException($"{slot.Label}: not an object");
                if (last)
                {
                    obj[name] = Token;
                    break;
                }

                if (obj[name] is not (JsonObject or JsonArray)) obj[name] = bodies.Value(name, schema);
                current = obj[name]!;
            }
            else
            {
                var list = current as JsonArray ?? throw new InvalidOperationException($"{slot.Label}: not a list");
                if (list.Count == 0) list.Add(bodies.Value(slot.Steps[i - 1].Name, schema));
                if (last)
                {
                    list[0] = Token;
                    break;
                }

                if (list[0] is not JsonObject) list[0] = bodies.Value(slot.Steps[i - 1].Name, schema);
                current = list[0]!;
            }
        }

        var text = root.ToJsonString();
        var at = text.IndexOf($"\"{Token}\"", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. payload.Raw, .. Encoding.UTF8.GetBytes(text[(at + Token.Length + 2)..])];
    }
}

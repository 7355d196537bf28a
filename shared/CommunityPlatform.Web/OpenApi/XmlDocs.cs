using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>
/// The <c>&lt;summary&gt;</c> comments the compiler writes beside each assembly (every project sets
/// <c>GenerateDocumentationFile</c>), so the OpenAPI document says what the code's comments say, for every module alike.
/// </summary>
internal static partial class XmlDocs
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> Files = new();

    public static string? Summary(MemberInfo member)
    {
        var assembly = member is Type t ? t.Assembly : member.DeclaringType?.Assembly;
        if (assembly is null) return null;
        var key = member switch
        {
            Type type => "T:" + Name(type),
            MethodInfo method => "M:" + Name(method.DeclaringType!) + "." + method.Name + Parameters(method),
            FieldInfo field => "F:" + Name(field.DeclaringType!) + "." + field.Name,
            PropertyInfo property => "P:" + Name(property.DeclaringType!) + "." + property.Name,
            _ => null,
        };
        return key is not null && Of(assembly).TryGetValue(key, out var text) ? text : null;
    }

    /// <summary>The first sentence: an operation's summary is one line.</summary>
    public static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? text[..(end + 1)] : text).TrimEnd();
    }

    private static string Name(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static string Parameters(MethodInfo method)
    {
        var parameters = method.GetParameters();
        return parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => ParameterName(p.ParameterType))) + ")";
    }

    private static string ParameterName(Type type)
    {
        if (type.IsByRef) return ParameterName(type.GetElementType()!) + "@";
        if (type.IsArray) return ParameterName(type.GetElementType()!) + "[]";
        if (!type.IsGenericType) return Name(type);
        var definition = type.GetGenericTypeDefinition().FullName!;
        return definition[..definition.IndexOf('`')].Replace('+', '.') + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterName)) + "}";
    }

    private static IReadOnlyDictionary<string, string> Of(Assembly assembly) => Files.GetOrAdd(assembly, a =>
    {
        var path = string.IsNullOrEmpty(a.Location) ? null : Path.ChangeExtension(a.Location, ".xml");
        if (path is null || !File.Exists(path)) return new Dictionary<string, string>();
        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .GroupBy(m => (string)m.Attribute("name")!)
            .ToDictionary(g => g.Key, g => Plain(g.First().Element("summary")!));
    });

    /// <summary>The comment as plain text: <c>&lt;c&gt;x&lt;/c&gt;</c> becomes <c>`x`</c>, a <c>see</c> its name.</summary>
    private static string Plain(XElement summary)
    {
        var parts = summary.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "c" } code => "`" + code.Value + "`",
            XElement { Name.LocalName: "see" or "seealso" } see => (string?)see.Attribute("langword")
                ?? ((string?)see.Attribute("cref"))?.Split('.', ':').Last() ?? see.Value,
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? "",
            XElement element => element.Value,
            _ => "",
        });
        return Spaces().Replace(string.Concat(parts), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: every part of the attack suite sends raw requests (bytes the serializer would never write) and judges the
// whole answer — status, media type, and the text of the body even when it is a spreadsheet.

/// <summary>An account the suite acts as, with the token it signed in with.</summary>
internal sealed record Actor(string Label, string UserName, Guid Id, string Kind, string Token, PlatformFactory<Program> Factory)
{
    public bool IsReadOnly => Kind == "street";

    /// <summary>A client with the token, optionally naming a community with <c>X-Community</c>; it never follows a redirect.</summary>
    public HttpClient Client(string? community = null)
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (community is not null) client.DefaultRequestHeaders.Add("X-Community", community);
        return client;
    }

    public override string ToString() => Label;
}

/// <summary>One request and its answer.</summary>
internal sealed record Attempt(string Method, string Url, string? Body, int Status, string? MediaType, string Text)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public static async Task<Attempt> SendAsync(HttpClient client, string method, string url, byte[]? body = null, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        }
        else if (method is "POST" or "PUT" or "PATCH" && mediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            request.Content = new MultipartFormDataContent();
        }

        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var shown = body is null ? null : Encoding.UTF8.GetString(body);
        return new Attempt(method, url, shown, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, Readable(bytes));
    }

    public static Task<Attempt> SendAsync(HttpClient client, string method, string url, JsonNode? body) =>
        SendAsync(client, method, url, body is null ? null : Encoding.UTF8.GetBytes(body.ToJsonString()));

    /// <summary>The body as text; a spreadsheet (a zip) as the text of all its parts, so that ids in it are found too.</summary>
    private static string Readable(byte[] bytes)
    {
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(bytes));
                var text = new StringBuilder();
                foreach (var entry in zip.Entries)
                {
                    using var reader = new StreamReader(entry.Open());
                    text.Append(reader.ReadToEnd());
                }

                return text.ToString();
            }
            catch (InvalidDataException)
            {
                // Not a zip after all: read it as text.
            }
        }

        return Encoding.UTF8.GetString(bytes);
    }

    public JsonNode? Json()
    {
        try
        {
            return string.IsNullOrEmpty(Text) ? null : JsonNode.Parse(Text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The stable error code of a ProblemDetails answer, or null.</summary>
    public string? Code => Json() is JsonObject o && o["code"] is JsonValue v && v.TryGetValue<string>(out var code) ? code : null;

    public string Short(int length = 160)
    {
        var text = Text.ReplaceLineEndings(" ");
        return text.Length <= length ? text : text[..length] + "…";
    }

    public override string ToString() => $"{Method} {Url} → {Status}";
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityPlatform.Web.Hosting;

/// <summary>
/// Every <see cref="DateTime"/> the API writes carries its offset. The platform stores instants in UTC, but SQLite
/// gives them back without a kind (<c>Unspecified</c>), and written as they are (<c>2026-11-30T03:04:59.51</c>) a
/// client reads them as its local time. Unspecified is taken as UTC, local time is converted, and each is written
/// with its <c>Z</c>. Reading is the serializer's own.
/// </summary>
internal sealed class UtcDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(AsUtc(value).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));

    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}

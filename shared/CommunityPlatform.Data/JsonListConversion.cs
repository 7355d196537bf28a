using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityPlatform.Data;

public static class JsonListConversion
{
    /// <summary>
    /// Stores a short list (honours, permission names, building ids, attendance, an event's steps) as one JSON text
    /// column, the same on every provider, compared by its items so that changing one item is saved.
    /// </summary>
    public static PropertyBuilder<IReadOnlyList<T>> HasJsonListConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property, int? maxLength = null)
    {
        property.HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            v => JsonSerializer.Deserialize<List<T>>(v, JsonSerializerOptions.Default) ?? new List<T>(),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
                v => v.ToList()));
        return maxLength is { } length ? property.HasMaxLength(length) : property;
    }
}

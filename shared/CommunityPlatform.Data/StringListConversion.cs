using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityPlatform.Data;

public static class StringListConversion
{
    /// <summary>Stores a short list of strings (honours, permission names) as one JSON text column, the same on every provider.</summary>
    public static PropertyBuilder<IReadOnlyList<string>> HasJsonListConversion(this PropertyBuilder<IReadOnlyList<string>> property, int maxLength) =>
        property
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<string>>(v, JsonSerializerOptions.Default) ?? new List<string>(),
                new ValueComparer<IReadOnlyList<string>>(
                    (a, b) => a!.SequenceEqual(b!),
                    v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())),
                    v => v.ToList()))
            .HasMaxLength(maxLength);
}

namespace CommunityPlatform.Residents.Domain;

/// <summary>Tags are stored as bits of an int column; the API shows them as a list of names.</summary>
public static class TagBitsOf
{
    public static int Bit<T>(T tag) where T : struct, Enum => 1 << Convert.ToInt32(tag);

    public static int Write<T>(IEnumerable<T> tags) where T : struct, Enum => tags.Aggregate(0, (bits, tag) => bits | Bit(tag));

    public static IReadOnlyList<T> Read<T>(int bits) where T : struct, Enum =>
        Enum.GetValues<T>().Where(t => (bits & Bit(t)) != 0).ToList();
}

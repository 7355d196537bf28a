using CommunityPlatform.Residents.Application;

namespace CommunityPlatform.Residents.Tests;

public sealed class NamePrefixTests
{
    [Theory]
    [InlineData("王", "玌")]
    [InlineData("欧阳", "欧阴")]
    [InlineData("Li", "Lj")]
    public void The_range_ends_at_the_prefix_with_its_last_character_moved_one_on(string prefix, string end) =>
        NamePrefix.UpperBound(prefix).ShouldBe(end);

    [Fact]
    public void Every_name_with_the_prefix_lies_inside_the_range_and_the_next_name_outside()
    {
        var end = NamePrefix.UpperBound("王")!;

        foreach (var name in new[] { "王", "王伟", "王😀", "王\uFFFF" })
        {
            string.CompareOrdinal(name, "王").ShouldBeGreaterThanOrEqualTo(0);
            string.CompareOrdinal(name, end).ShouldBeLessThan(0, name);
        }

        string.CompareOrdinal("玌", end).ShouldBe(0);
    }

    [Fact]
    public void No_range_is_made_where_none_exists()
    {
        NamePrefix.UpperBound("").ShouldBeNull();
        NamePrefix.UpperBound("\uFFFF").ShouldBeNull();
        NamePrefix.UpperBound("王" + '\uD83D').ShouldBeNull(); // half of a surrogate pair
    }
}

using CommunityPlatform.Residents.Domain;

namespace CommunityPlatform.Integration.Tests;

/// <summary>The testing kit keeps its own copy of the GB 11643 check character (it may name no module): it must agree with the registry's.</summary>
public sealed class TestIdsTests
{
    [Fact]
    public void The_kits_check_character_is_the_registrys()
    {
        for (var i = 0; i < 2_000; i++)
        {
            var first17 = $"{Random.Shared.NextInt64(10_000_000_000_000_000, 100_000_000_000_000_000)}";
            TestIds.CheckCharFor(first17).ShouldBe(IdNumber.CheckCharFor(first17), first17);
        }
    }

    [Fact]
    public void A_test_id_is_a_valid_number_of_the_registry()
    {
        for (var i = 0; i < 200; i++)
            IdNumber.TryParse(TestIds.Next(), out _, out var problem).ShouldBeTrue(problem);
    }
}

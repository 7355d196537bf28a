using CommunityPlatform.Identity.Domain;

namespace CommunityPlatform.Core.Tests;

public sealed class PasswordRuleTests
{
    [Theory]
    [InlineData("Demo@2026!", true)]
    [InlineData("abcDEF12", true)]
    [InlineData("abcdef1!", true)]
    [InlineData("Abc1!", false)]
    [InlineData("abcdefgh", false)]
    [InlineData("abcdefg1", false)]
    [InlineData("ABCDEFG!", false)]
    public void Needs_eight_characters_of_three_kinds(string password, bool strong) =>
        PasswordRule.IsStrong(password).ShouldBe(strong);
}

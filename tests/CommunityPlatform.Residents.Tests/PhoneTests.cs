using CommunityPlatform.Residents.Domain;
using Shouldly;
using Xunit;

namespace CommunityPlatform.Residents.Tests;

public class PhoneTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("+86 138 1234 5678", "13812345678")]
    [InlineData("+8613812345678", "13812345678")]
    [InlineData("86-138-1234-5678", "13812345678")]
    [InlineData("0086 13812345678", "13812345678")]
    [InlineData(" 199 0000 1111 ", "19900001111")]
    [InlineData("１３８１２３４５６７８", "13812345678")]
    public void Normalises_mobiles(string text, string expected)
    {
        Phone.TryNormalize(text, out var normalized).ShouldBeTrue();

        normalized.ShouldBe(expected);
    }

    [Theory]
    [InlineData("0554-6661234", "0554-6661234")]
    [InlineData("05546661234", "0554-6661234")]
    [InlineData("0554 666 1234", "0554-6661234")]
    [InlineData("(0554)6661234", "0554-6661234")]
    [InlineData("（０５５４）６６６１２３４", "0554-6661234")]
    [InlineData("010-62345678", "010-62345678")]
    [InlineData("01062345678", "010-62345678")]
    [InlineData("021 52345678", "021-52345678")]
    [InlineData("0554-6661234转123", "0554-6661234-123")]
    [InlineData("0554-6661234-123", "0554-6661234-123")]
    public void Normalises_landlines(string text, string expected)
    {
        Phone.TryNormalize(text, out var normalized).ShouldBeTrue();

        normalized.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("12812345678")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("+13812345678")]
    [InlineData("+85 13812345678")]
    [InlineData("6661234")]
    [InlineData("0554-66612")]
    [InlineData("0554-06661234")]
    [InlineData("(0554-6661234")]
    [InlineData("138-1234-5678转12")]
    public void Rejects_junk(string? text)
    {
        Phone.TryNormalize(text, out var normalized).ShouldBeFalse();

        normalized.ShouldBe("");
    }
}

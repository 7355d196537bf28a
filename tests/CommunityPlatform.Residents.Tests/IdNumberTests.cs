using CommunityPlatform.Residents.Domain;
using Shouldly;
using Xunit;

namespace CommunityPlatform.Residents.Tests;

public class IdNumberTests
{
    // The reasons are in the request's language; these cases read the English ones (Chinese_reasons reads the other).
    public IdNumberTests() => System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");

    [Fact]
    public void Chinese_reasons_by_default()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        Rejection("34040219800101123").ShouldBe("身份证号码应为 18 位，这个是 17 位");
        Rejection("340402198001011239").ShouldContain("校验位");
    }

    // Fixed so that the future-date cases keep meaning the same thing as the calendar moves on.
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("340402198001011238")]
    [InlineData("340402198001041234")]
    [InlineData("810000199008151236")]
    [InlineData("820000200102031246")]
    [InlineData("710000198001011232")]
    [InlineData("11010120000229123X")]
    [InlineData("110101190001011236")]
    [InlineData("340402202506011232")]
    public void Accepts_valid_numbers(string text)
    {
        IdNumber.TryParse(text, Today, out var id, out var problem).ShouldBeTrue();

        problem.ShouldBeNull();
        id.Value.ShouldBe(text);
    }

    [Fact]
    public void Short_form_checks_against_the_real_today()
    {
        IdNumber.TryParse("340402198001011238", out var id, out _).ShouldBeTrue();
        id.Value.ShouldBe("340402198001011238");

        IdNumber.TryParse("340402209912311232", out _, out var problem).ShouldBeFalse();
        problem.ShouldNotBeNull();
        (problem ?? "").ShouldContain("future", Case.Insensitive);
    }

    [Theory]
    [InlineData("11010519491231002x", "11010519491231002X")]
    [InlineData("  340402198001011238 ", "340402198001011238")]
    [InlineData("\t11010519491231002x\n", "11010519491231002X")]
    public void Normalises_whitespace_and_lower_case_x(string text, string expected)
    {
        IdNumber.TryParse(text, Today, out var id, out _).ShouldBeTrue();

        id.Value.ShouldBe(expected);
    }

    [Fact]
    public void Derives_birth_date_and_female_gender()
    {
        IdNumber.TryParse("11010519491231002X", Today, out var id, out _).ShouldBeTrue();

        id.BirthDate.ShouldBe(new DateOnly(1949, 12, 31));
        id.Gender.ShouldBe(Gender.Female);
        id.IsResidencePermit.ShouldBeFalse();
    }

    [Fact]
    public void Derives_birth_date_and_male_gender()
    {
        IdNumber.TryParse("340402198001011238", Today, out var id, out _).ShouldBeTrue();

        id.BirthDate.ShouldBe(new DateOnly(1980, 1, 1));
        id.Gender.ShouldBe(Gender.Male);
    }

    [Theory]
    [InlineData("810000199008151236", true)]
    [InlineData("820000200102031246", true)]
    [InlineData("710000198001011232", false)]
    [InlineData("340402198001011238", false)]
    public void Recognises_residence_permits(string text, bool isResidencePermit)
    {
        IdNumber.TryParse(text, Today, out var id, out _).ShouldBeTrue();

        id.IsResidencePermit.ShouldBe(isResidencePermit);
    }

    [Fact]
    public void Hong_Kong_residence_permit_carries_birth_date_and_gender()
    {
        IdNumber.TryParse("810000199008151236", Today, out var id, out _).ShouldBeTrue();

        id.BirthDate.ShouldBe(new DateOnly(1990, 8, 15));
        id.Gender.ShouldBe(Gender.Male);
    }

    [Theory]
    [InlineData("340402198001011239")]
    [InlineData("340402198001011230")]
    [InlineData("34040219800101123X")]
    [InlineData("110105194912310021")]
    public void Rejects_a_wrong_check_character(string text) =>
        Rejection(text).ShouldContain("check character", Case.Insensitive);

    [Theory]
    [InlineData("340402199902301237")]
    [InlineData("340402198013011235")]
    [InlineData("340402198001001232")]
    public void Rejects_a_date_that_does_not_exist(string text) =>
        Rejection(text).ShouldContain("not a real date", Case.Insensitive);

    [Fact]
    public void Rejects_a_birth_date_after_today() =>
        Rejection("340402202506021238").ShouldContain("future", Case.Insensitive);

    [Fact]
    public void Rejects_a_birth_date_before_1900() =>
        Rejection("110101189912311231").ShouldContain("before 1900-01-01", Case.Insensitive);

    [Theory]
    [InlineData("910101198001011231")]
    [InlineData("200101198001011234")]
    [InlineData("000000198001011235")]
    public void Rejects_an_unknown_province(string text) =>
        Rejection(text).ShouldContain("province", Case.Insensitive);

    [Theory]
    [InlineData("34040219800101123")]
    [InlineData("3404021980010112380")]
    [InlineData("340402800101123")]
    public void Rejects_a_wrong_length(string text) =>
        Rejection(text).ShouldContain("18 characters", Case.Insensitive);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_nothing(string? text) =>
        Rejection(text).ShouldContain("empty", Case.Insensitive);

    [Theory]
    [InlineData("3404021980O1011238")]
    [InlineData("34040219800101123Y")]
    public void Rejects_other_characters(string text) =>
        Rejection(text).ShouldContain("must be", Case.Insensitive);

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("34040219800101123", '8')]
    [InlineData("81000019900815123", '6')]
    public void Computes_the_check_character(string first17, char expected) =>
        IdNumber.CheckCharFor(first17).ShouldBe(expected);

    [Theory]
    [InlineData("340402198001011238")]
    [InlineData("3404021980010112")]
    [InlineData("3404021980O101123")]
    public void Check_character_needs_exactly_17_digits(string first17) =>
        Should.Throw<ArgumentException>(() => IdNumber.CheckCharFor(first17));

    [Fact]
    public void Masks_birth_date_and_sequence()
    {
        IdNumber.TryParse("340402198001041234", Today, out var id, out _).ShouldBeTrue();

        id.Masked.ShouldBe("340402********1234");
        IdNumber.Mask("340402198001041234").ShouldBe("340402********1234");
    }

    [Fact]
    public void ToString_never_shows_the_whole_number()
    {
        IdNumber.TryParse("340402198001041234", Today, out var id, out _).ShouldBeTrue();

        id.ToString().ShouldBe("340402********1234");
        $"{id}".ShouldNotContain("19800104");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("12345", "12345")]
    [InlineData("123456789", "123456789")]
    [InlineData("1234567890", "123456********7890")]
    public void Mask_leaves_short_values_alone(string value, string expected) =>
        IdNumber.Mask(value).ShouldBe(expected);

    [Fact]
    public void Default_is_empty_rather_than_null()
    {
        var id = default(IdNumber);

        id.Value.ShouldBe("");
        id.Masked.ShouldBe("");
        id.IsResidencePermit.ShouldBeFalse();
    }

    private static string Rejection(string? text)
    {
        IdNumber.TryParse(text, Today, out var id, out var problem).ShouldBeFalse();

        id.ShouldBe(default(IdNumber));
        problem.ShouldNotBeNull();
        return problem ?? "";
    }
}

using System.Globalization;
using CommunityPlatform.Residents.Domain;
using Shouldly;
using Xunit;

namespace CommunityPlatform.Residents.Tests;

public class EthnicityTests
{
    [Fact]
    public void Lists_56_groups_and_the_two_extra_codes()
    {
        Ethnicity.All.Count.ShouldBe(58);
        Ethnicity.All["01"].ShouldBe("汉族");
        Ethnicity.All["56"].ShouldBe("基诺族");
        Ethnicity.All["97"].ShouldBe("其他");
        Ethnicity.All["98"].ShouldBe("外国血统中国籍人士");
    }

    [Fact]
    public void Enumerates_in_code_order()
    {
        var expected = Enumerable.Range(1, 56)
            .Select(i => i.ToString("00", CultureInfo.InvariantCulture))
            .Append("97")
            .Append("98");

        string.Join(",", Ethnicity.All.Keys).ShouldBe(string.Join(",", expected));
    }

    [Fact]
    public void Follows_the_order_of_GB_3304()
    {
        // Written out independently of the production table so that a reordering there is caught here.
        const string standard =
            "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 " +
            "达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺";
        var groups = Ethnicity.All.Take(56).Select(e => e.Value).ToList();

        groups.ShouldAllBe(name => name.EndsWith('族'));
        string.Join(" ", groups.Select(name => name[..^1])).ShouldBe(standard);
    }

    [Theory]
    [InlineData("汉", "01")]
    [InlineData("1", "01")]
    [InlineData("01", "01")]
    [InlineData("汉族", "01")]
    [InlineData(" 汉族 ", "01")]
    [InlineData("回", "03")]
    [InlineData("土家", "15")]
    [InlineData("土家族", "15")]
    [InlineData("土", "30")]
    [InlineData("土族", "30")]
    [InlineData("56", "56")]
    [InlineData("基诺", "56")]
    [InlineData("97", "97")]
    [InlineData("其他", "97")]
    [InlineData("未识别民族", "97")]
    [InlineData("98", "98")]
    public void Normalises_codes_and_names(string codeOrName, string expected)
    {
        Ethnicity.TryNormalize(codeOrName, out var code).ShouldBeTrue();

        code.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("57")]
    [InlineData("99")]
    [InlineData("001")]
    [InlineData("族")]
    [InlineData("汉人")]
    [InlineData("火星族")]
    public void Rejects_unknown_values(string? codeOrName)
    {
        Ethnicity.TryNormalize(codeOrName, out var code).ShouldBeFalse();

        code.ShouldBe("");
    }

    [Theory]
    [InlineData("08", "壮族")]
    [InlineData("8", "壮族")]
    [InlineData("44", "俄罗斯族")]
    [InlineData("99", null)]
    [InlineData(null, null)]
    public void Names_a_code(string? code, string? expected) =>
        Ethnicity.NameOf(code).ShouldBe(expected);
}

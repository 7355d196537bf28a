using CommunityPlatform.Application;

namespace CommunityPlatform.Core.Tests;

/// <summary>Buildings, units and doors in the order people count them.</summary>
public class NaturalOrderTests
{
    [Fact]
    public void Numbers_inside_texts_count_by_value()
    {
        string[] texts = ["10", "3", "1", "4", "2", "第10党小组", "第1党小组", "第2党小组", "1单元1001", "1单元101", "2单元101", "12-3", "12-10", "A栋"];

        texts.Order(NaturalOrder.Instance).ShouldBe(
            ["1", "1单元101", "1单元1001", "2", "2单元101", "3", "4", "10", "12-3", "12-10", "A栋", "第1党小组", "第2党小组", "第10党小组"]);
    }

    [Fact]
    public void Leading_zeros_and_nulls_do_not_upset_the_order()
    {
        NaturalOrder.Instance.Compare("007", "7").ShouldBe(0);
        NaturalOrder.Instance.Compare(null, "1").ShouldBeLessThan(0);
        NaturalOrder.Instance.Compare("99999999999999999999", "100000000000000000000").ShouldBeLessThan(0);
    }
}

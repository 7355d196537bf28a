using CommunityPlatform.PartyOrganization;
using CommunityPlatform.PartyOrganization.Dues;

namespace CommunityPlatform.PartyOrganization.Tests;

/// <summary>The national dues rule at and around each boundary, in fen.</summary>
public sealed class DuesRuleTests
{
    [Theory]
    [InlineData(300_000, 1_500)]      // 3,000 yuan: still 0.5 %
    [InlineData(300_100, 3_001)]      // just above: 1 % of the whole income
    [InlineData(500_000, 5_000)]
    [InlineData(500_100, 7_502)]      // 1.5 %, half a fen rounds up
    [InlineData(1_000_000, 15_000)]
    [InlineData(1_200_000, 24_000)]   // above 10,000 yuan: 2 %
    [InlineData(0, 0)]
    public void In_service_members_pay_by_monthly_income(long incomeFen, long duesFen) =>
        DuesRule.MonthlyFen(DuesClass.Income, incomeFen).ShouldBe(duesFen);

    [Theory]
    [InlineData(500_000, 2_500)]
    [InlineData(500_100, 5_001)]
    public void Retired_members_pay_by_pension(long incomeFen, long duesFen) =>
        DuesRule.MonthlyFen(DuesClass.Pension, incomeFen).ShouldBe(duesFen);

    [Fact]
    public void Students_the_unemployed_and_low_income_members_pay_two_jiao() =>
        DuesRule.MonthlyFen(DuesClass.Reduced, 1_000_000).ShouldBe(20);

    [Fact]
    public void A_category_implies_its_class() =>
        (DuesRule.DefaultFor(MemberCategory.Retired), DuesRule.DefaultFor(MemberCategory.LaidOff), DuesRule.DefaultFor(MemberCategory.InService))
            .ShouldBe((DuesClass.Pension, DuesClass.Reduced, DuesClass.Income));
}

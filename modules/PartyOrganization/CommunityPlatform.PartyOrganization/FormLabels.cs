using CommunityPlatform.Web.Console;

namespace CommunityPlatform.PartyOrganization;

/// <summary>Words only the forms need (the reports never print them), in both languages like <see cref="PartyLabels"/>.</summary>
public static class FormLabels
{
    public static string Of(MembershipStatus status) => status == MembershipStatus.Full ? Lang.T("正式党员", "Full") : Lang.T("预备党员", "Probationary");

    public static string Of(RelationHeld relation) => relation switch
    {
        RelationHeld.Community => Lang.T("在本社区", "In the community"),
        RelationHeld.Employer => Lang.T("在工作单位", "At the employer"),
        _ => Lang.T("在其他地方", "Elsewhere"),
    };

    public static string Of(SeatAffiliation affiliation) => affiliation switch
    {
        SeatAffiliation.Community => Lang.T("社区", "Community"),
        SeatAffiliation.ResidentUnit => Lang.T("驻区单位", "Unit of the area"),
        SeatAffiliation.Police => Lang.T("社区民警", "Police"),
        SeatAffiliation.OwnersCommittee => Lang.T("业主委员会", "Owners' committee"),
        _ => Lang.T("物业公司", "Property company"),
    };

    public static string Of(PledgeAssessment assessment) => assessment switch
    {
        PledgeAssessment.Excellent => Lang.T("优秀", "Excellent"),
        PledgeAssessment.Good => Lang.T("良好", "Good"),
        PledgeAssessment.Fair => Lang.T("一般", "Fair"),
        _ => Lang.T("较差", "Poor"),
    };

    public static string Of(PledgeOwner owner) => owner == PledgeOwner.Organization ? Lang.T("组织承诺", "Organisation") : Lang.T("党员承诺", "Member");

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static string YesNo(bool yes) => yes ? Lang.T("是", "Yes") : Lang.T("否", "No");
}

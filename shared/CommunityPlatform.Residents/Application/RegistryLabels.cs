using CommunityPlatform.Web.Console;

namespace CommunityPlatform.Residents.Application;

/// <summary>The registry's values as the pages say them, in the reader's language (the API keeps the code names).</summary>
public static class RegistryLabels
{
    public static string Of(Gender? gender) => gender switch
    {
        Gender.Male => Lang.T("男", "Male"),
        Gender.Female => Lang.T("女", "Female"),
        _ => "",
    };

    public static string Of(ResidentStatus status) => status switch
    {
        ResidentStatus.Living => Lang.T("在住", "Living here"),
        ResidentStatus.MovedOut => Lang.T("已迁出", "Moved out"),
        ResidentStatus.Deceased => Lang.T("已故", "Deceased"),
        _ => status.ToString(),
    };

    public static string Of(ResidenceType type) => type switch
    {
        ResidenceType.Registered => Lang.T("户籍", "Registered"),
        ResidenceType.Permanent => Lang.T("常住", "Permanent"),
        _ => Lang.T("流动", "Mobile"),
    };

    public static string Of(RelationToHead? relation) => relation switch
    {
        RelationToHead.Head => Lang.T("户主", "Head"),
        RelationToHead.Spouse => Lang.T("配偶", "Spouse"),
        RelationToHead.Child => Lang.T("子女", "Child"),
        RelationToHead.Parent => Lang.T("父母", "Parent"),
        RelationToHead.Grandchild => Lang.T("孙辈", "Grandchild"),
        RelationToHead.Grandparent => Lang.T("祖父母", "Grandparent"),
        RelationToHead.Sibling => Lang.T("兄弟姐妹", "Sibling"),
        RelationToHead.ChildInLaw => Lang.T("儿媳女婿", "Child-in-law"),
        RelationToHead.Other => Lang.T("其他", "Other"),
        _ => "",
    };

    public static string Of(ResidentTag tag) => Lang.IsEnglish ? tag switch
    {
        ResidentTag.Disabled => "Disabled",
        ResidentTag.ElderlyLivingAlone => "Elderly living alone",
        ResidentTag.KeyPerson => "Key person",
        ResidentTag.Unemployed => "Unemployed",
        ResidentTag.LowIncome => "Minimum living allowance",
        ResidentTag.Veteran => "Veteran",
        ResidentTag.LeftBehindChild => "Left-behind child",
        ResidentTag.NeedyPartyMember => "Party member in need",
        _ => tag.ToString(),
    } : LedgerExport.TagName(tag);

    public static string Of(HouseholdTag tag) => tag switch
    {
        HouseholdTag.LowIncome => Lang.T("低保户", "Minimum living allowance"),
        HouseholdTag.PartyMember => Lang.T("党员户", "Party member household"),
        HouseholdTag.Rented => Lang.T("租户", "Tenants"),
        HouseholdTag.SpecialHardship => Lang.T("特困户", "Special hardship"),
        HouseholdTag.MartyrFamily => Lang.T("烈属", "Martyr's family"),
        _ => tag.ToString(),
    };

    public static string Of(Tenure tenure) => tenure switch
    {
        Tenure.Owned => Lang.T("自有", "Owned"),
        Tenure.Rented => Lang.T("租住", "Rented"),
        Tenure.Public => Lang.T("公房", "Public housing"),
        _ => Lang.T("其他", "Other"),
    };
}

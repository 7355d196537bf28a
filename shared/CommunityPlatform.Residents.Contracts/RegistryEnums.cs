namespace CommunityPlatform.Residents;

public enum Gender
{
    Male,
    Female,
}

/// <summary>户籍 registered here, 常住 living here with the hukou elsewhere, 流动 mobile population.</summary>
public enum ResidenceType
{
    Registered,
    Permanent,
    Mobile,
}

/// <summary>A resident is never deleted for leaving or dying: the status changes.</summary>
public enum ResidentStatus
{
    Living,
    MovedOut,
    Deceased,
}

public enum RelationToHead
{
    Head,
    Spouse,
    Child,
    Parent,
    Grandchild,
    Grandparent,
    Sibling,
    ChildInLaw,
    Other,
}

/// <summary>Special groups the community keeps files on (一格一档).</summary>
public enum ResidentTag
{
    Disabled,
    ElderlyLivingAlone,
    KeyPerson,
    Unemployed,
    LowIncome,
    Veteran,
    LeftBehindChild,
    NeedyPartyMember,
}

public enum HouseholdTag
{
    LowIncome,
    PartyMember,
    Rented,
    SpecialHardship,
    MartyrFamily,
}

public enum Tenure
{
    Owned,
    Rented,
    Public,
    Other,
}

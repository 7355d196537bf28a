using CommunityPlatform.Errors;

namespace CommunityPlatform.PartyOrganization.Domain;

public static class PartyErrors
{
    public static readonly ErrorCode UnitNotFound = new("Party.UnitNotFound", "党组织不存在", "No such Party organisation unit");
    public static readonly ErrorCode OwnAncestor = new("Party.UnitOwnAncestor", "党组织不能成为自己的上级", "A unit cannot be its own ancestor");
    public static readonly ErrorCode KindAboveParent = new("Party.UnitKindAboveParent", "下级党组织的层级不能高于或等于上级", "A unit must be of a lower level than its parent");
    public static readonly ErrorCode HasChildren = new("Party.UnitHasChildren", "请先移除下级党组织", "Remove the units below it first");
    public static readonly ErrorCode SecretaryNotResident = new("Party.SecretaryNotResident", "书记须为本社区居民", "The secretary must be a resident of this community");
}

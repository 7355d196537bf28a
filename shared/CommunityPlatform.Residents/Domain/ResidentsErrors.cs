using CommunityPlatform.Errors;

namespace CommunityPlatform.Residents.Domain;

public static class ResidentsErrors
{
    public static readonly ErrorCode IdNumberInvalid = new("Residents.IdNumberInvalid", "身份证号码无效", "The ID number is not valid");
    public static readonly ErrorCode IdNumberMismatch = new("Residents.IdNumberMismatch", "性别或出生日期与身份证号码不符", "Gender or birth date disagrees with the ID number");
    public static readonly ErrorCode IdNumberTaken = new("Residents.IdNumberTaken", "该身份证号码已登记", "A living resident with this ID number is registered");
    public static readonly ErrorCode EthnicityUnknown = new("Residents.EthnicityUnknown", "民族不在GB 3304名录中", "Not an ethnic group of GB 3304");
    public static readonly ErrorCode PhoneInvalid = new("Residents.PhoneInvalid", "电话号码格式不正确", "Not a mobile or landline number");
    public static readonly ErrorCode BirthDateInvalid = new("Residents.BirthDateInvalid", "出生日期不正确", "The birth date is not valid");
    public static readonly ErrorCode HouseholdNotFound = new("Residents.HouseholdNotFound", "户不存在", "No such household");
    public static readonly ErrorCode BuildingNotFound = new("Residents.BuildingNotFound", "楼栋不存在", "No such building");
    public static readonly ErrorCode ResidentNotFound = new("Residents.ResidentNotFound", "居民不存在", "No such resident");
    public static readonly ErrorCode BuildingNumberTaken = new("Residents.BuildingNumberTaken", "楼栋号已存在", "A building with this number exists");
    public static readonly ErrorCode StatusBeforeBirth = new("Residents.StatusBeforeBirth", "状态日期早于出生日期", "The status date is before the birth date");
}

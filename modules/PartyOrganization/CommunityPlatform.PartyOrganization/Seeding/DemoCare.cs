using CommunityPlatform.Residents;

namespace CommunityPlatform.PartyOrganization.Seeding;

/// <summary>
/// The pairings, micro-wishes and errands of each report community, as many and as worded as its report's practice
/// suggests: 新村's 四百 visits to the families on its six kinds of file (000), 重华's 低保 families and market vendors
/// (001), 塔城路's 低保 households, 睦邻点 and the 爱心粮油超市 (002), 欧风丽苑's 情暖欧风关爱小组 for lone elderly people
/// and its 新苏州人 (003), 五一街's one-to-one 手牵手结对子, 微心愿 and 民情代办 (004).
/// </summary>
/// <param name="Pairings">Why a member is paired with a resident, and the special group the resident should be in.</param>
/// <param name="Visits">A pairing's two visits: the first one, the latest one.</param>
internal sealed record DemoCare(
    (string Reason, ResidentTag? Group)[] Pairings,
    (string First, string Latest) Visits,
    string[] Wishes,
    string[] Errands)
{
    public static DemoCare For(string code) => code switch
    {
        "xincun" => new(
            [
                ("独居老人助餐帮扶", ResidentTag.ElderlyLivingAlone), ("残疾人家庭帮扶", ResidentTag.Disabled), ("低保家庭结对帮扶", ResidentTag.LowIncome),
                ("下岗失业人员就业帮扶", ResidentTag.Unemployed), ("独居老人日常照料", ResidentTag.ElderlyLivingAlone), ("低保家庭子女助学", ResidentTag.LowIncome),
                ("空巢老人精神慰藉", ResidentTag.ElderlyLivingAlone), ("残疾人康复陪护", ResidentTag.Disabled),
            ],
            ("进百家门，了解家中困难，送上爱心卡", "送去慰问金和米面油"),
            ["一副老花镜", "家里的电视能收到戏曲频道", "孙子的课外辅导书", "一辆助行器", "学会在社区QQ群里反映问题"],
            ["代办再就业优惠证", "代办医保报销", "代办低保年审", "代办党组织关系转接", "代缴有线电视费", "代取慢性病药品"]),
        "chonghua" => new(
            [
                ("低保家庭结对帮扶", ResidentTag.LowIncome), ("低保家庭结对帮扶", ResidentTag.LowIncome),
                ("外来务工人员子女入学帮扶", null), ("独居老人日常照料", ResidentTag.ElderlyLivingAlone),
            ],
            ("上门核实家庭收入，讲解低保政策", "送去过冬的煤和面粉"),
            ["摊位上用的一台电子秤", "孩子写作业用的台灯", "修好家里的旧缝纫机"],
            ["代办低保申请材料", "代办国槐街市场入市手续", "代缴天然气费", "代办居住证"]),
        "tachenglu" => new(
            [
                ("低保家庭结对帮扶", ResidentTag.LowIncome), ("低保家庭结对帮扶", ResidentTag.LowIncome), ("独居老人日常照料", ResidentTag.ElderlyLivingAlone),
                ("睦邻点老人结对陪伴", ResidentTag.ElderlyLivingAlone), ("残疾人家庭帮扶", ResidentTag.Disabled), ("失业人员就业帮扶", ResidentTag.Unemployed),
            ],
            ("上门了解冬季取暖和生活情况", "陪同到低保爱心粮油超市领取米面油"),
            ["冬天取暖的一车煤", "孙女的双语词典", "修好院子里冻裂的水管", "一次免费体检", "学会用手机视频通话", "手工课用的毛线", "一副护膝"],
            ["代办低保年审", "代办医保缴费", "代领爱心粮油", "代办老年优待证", "代办取暖补贴申请"]),
        "oufengliyuan" => new(
            [
                ("孤寡老人关爱（情暖欧风关爱小组）", ResidentTag.ElderlyLivingAlone), ("新市民家庭融入帮扶", null),
                ("孤寡老人关爱（情暖欧风关爱小组）", ResidentTag.ElderlyLivingAlone),
            ],
            ("关爱小组上门陪老人聊天，打扫房间", "陪老人到社区卫生服务站量血压"),
            ["一张适合老人的护理床", "孩子暑假托管班的名额", "学会用手机预约挂号", "楼道里装一盏感应夜灯"],
            ["代办居住证续签", "代办积分入学材料", "代办苏州市民卡"]),
        "wuyijie" => new(
            [
                ("空巢老人一对一帮扶", ResidentTag.ElderlyLivingAlone), ("困难家庭一对一帮扶", ResidentTag.LowIncome), ("残疾人一对一帮扶", ResidentTag.Disabled),
                ("留守儿童一对一关爱", ResidentTag.LeftBehindChild), ("失业人员一对一就业帮扶", ResidentTag.Unemployed), ("空巢老人一对一帮扶", ResidentTag.ElderlyLivingAlone),
                ("困难家庭一对一帮扶", ResidentTag.LowIncome), ("高龄老人一对一帮扶", null), ("困难家庭一对一帮扶", ResidentTag.LowIncome),
                ("残疾人一对一帮扶", ResidentTag.Disabled),
            ],
            ("手牵手结对子，上门了解需求", "陪同到老年人日间照料中心体验助餐"),
            ["一台轮椅", "孩子的新书包", "修好家里的水龙头", "一次上门理发", "一套练书法的笔墨纸砚", "学会用学习强国", "一个保温饭盒", "老伴的助听器"],
            ["代办高龄补贴", "代缴水电费", "代办医保报销", "代取药品", "代办残疾证年审", "代办养老金资格认证", "代办燃气开户", "代购生活用品"]),
        _ => new(
            [("困难家庭帮扶", ResidentTag.LowIncome), ("独居老人日常照料", ResidentTag.ElderlyLivingAlone)],
            ("上门走访，了解生活情况", "送去米面油"),
            ["一台助听器", "修好家里的水龙头", "一次免费体检"],
            ["代办老年优待证", "代缴水电费", "代取药品"]),
    };
}

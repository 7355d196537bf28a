using CommunityPlatform.GridManagement.Events;

namespace CommunityPlatform.GridManagement.Seeding;

/// <summary>
/// What the grid workers of each report community hear about, in its own words: 新村's old estate and its
/// 民情热线 (000), 重华's 国槐街 market and renovated gas pipes (001), 塔城路's lanes, coal stoves and rented rooms in
/// Yining (002), 欧风丽苑's high-rises of 新苏州人 (003), 五一街's day-care centre and 七彩 services (004). A visit's
/// note says what its follow-up is about.
/// </summary>
internal sealed record DemoGridWords((EventKind Kind, string Title)[] Matters, DemoGridWords.VisitNote[] Visits)
{
    /// <param name="FollowUp">The event the visit raises, or null when the note needs none.</param>
    public sealed record VisitNote(string Note, string? FollowUp = null, EventKind Kind = EventKind.Welfare);

    public static DemoGridWords For(string code) => code switch
    {
        "xincun" => new(
            [
                (EventKind.Sanitation, "楼道堆放杂物"), (EventKind.Complaint, "早市占道经营"), (EventKind.Safety, "电动车楼道充电"),
                (EventKind.Facilities, "顶楼防水层老化漏雨"), (EventKind.Welfare, "困难党员申请慰问"), (EventKind.Welfare, "失业人员咨询再就业优惠证"),
                (EventKind.Dispute, "楼上漏水邻里纠纷"), (EventKind.Facilities, "小区路灯不亮"), (EventKind.Safety, "学校门口车辆乱停"),
                (EventKind.Facilities, "健身器材损坏"),
            ],
            [
                new("老两口身体尚好，生活能自理，爱心卡已送到"),
                new("独居老人腿脚不便，卫生间地面湿滑", "卫生间需加装扶手"),
                new("反映单元楼道灯坏了一个多月", "单元楼道灯需维修", EventKind.Facilities),
                new("下岗在家，想参加就业局的技能培训班", "推荐参加技能培训"),
                new("子女在外地，希望网格员常来看看"),
                new("家中无人，门上留了民情联系卡"),
                new("愿意加入城管志愿者，参加文明劝导"),
            ]),
        "chonghua" => new(
            [
                (EventKind.Complaint, "国槐街市场周边占道经营"), (EventKind.Sanitation, "市场垃圾清运不及时"), (EventKind.Safety, "楼道闻到天然气异味"),
                (EventKind.Sanitation, "楼道墙面乱涂乱画"), (EventKind.Complaint, "行政南小区乱搭乱建"), (EventKind.Welfare, "低保户申请复核"),
                (EventKind.Dispute, "邻里因晾晒衣物起纠纷"), (EventKind.Facilities, "楼前硬化路面破损"), (EventKind.Safety, "单元门锁损坏"),
            ],
            [
                new("低保户，老伴卧床，生活困难", "生活困难，申请临时救助"),
                new("反映楼道墙面又被乱涂乱画", "楼道墙面需清理", EventKind.Sanitation),
                new("在国槐街市场摆摊，咨询摊位续租"),
                new("外来务工人员，已登记联系电话"),
                new("家中燃气表老旧，担心漏气", "燃气表需检查更换", EventKind.Safety),
                new("老人独居，身体尚可，有事打便民联系卡上的电话"),
                new("家中无人，留下便民联系卡"),
            ]),
        "tachenglu" => new(
            [
                (EventKind.Sanitation, "巷道积雪未清扫"), (EventKind.Safety, "出租屋人员信息未登记"), (EventKind.Facilities, "巷道路灯损坏"),
                (EventKind.Welfare, "低保爱心粮油超市领取咨询"), (EventKind.Facilities, "院落排水沟堵塞"), (EventKind.Dispute, "邻里因院墙界线起纠纷"),
                (EventKind.Safety, "冬季取暖煤炉通风隐患"), (EventKind.Complaint, "夜间音响扰民"),
            ],
            [
                new("冬季取暖用煤炉，烟道很久没清理", "煤炉烟道需清理", EventKind.Safety),
                new("低保户，咨询年审要带的材料", "协助办理低保年审"),
                new("常去巴汗台家的睦邻点学手工，想多开几期培训"),
                new("出租房新来两位租户", "租户信息需登记", EventKind.Safety),
                new("老人行动不便，门前巷道路面结冰", "巷道路面需除冰", EventKind.Facilities),
                new("身体尚好，每天去老年歌舞睦邻点"),
                new("家中无人，门上留了睦邻卡"),
            ]),
        "oufengliyuan" => new(
            [
                (EventKind.Safety, "电梯故障困人"), (EventKind.Safety, "地下车库电动车充电"), (EventKind.Safety, "高空抛物"),
                (EventKind.Sanitation, "绿化带被占种菜"), (EventKind.Complaint, "健身舞音响扰民"), (EventKind.Dispute, "物业费纠纷"),
                (EventKind.Safety, "快递柜占用消防通道"), (EventKind.Other, "新市民咨询居住证办理"),
            ],
            [
                new("新苏州人，刚搬来，咨询孩子入学", "协助准备孩子入学积分材料"),
                new("孤寡老人，情暖欧风关爱小组每周来看望"),
                new("反映单元电梯经常停运", "单元电梯需报物业维修", EventKind.Facilities),
                new("党员户已挂牌，愿意做楼道志愿者"),
                new("老人独居，卫生间地面湿滑", "卫生间需加装扶手"),
                new("家中无人，留下楼宇党建联系卡"),
                new("看了楼道里的党建宣传牌，愿意参加楼宇活动"),
            ]),
        "wuyijie" => new(
            [
                (EventKind.Sanitation, "化粪池外溢"), (EventKind.Sanitation, "楼道小广告"), (EventKind.Safety, "电动车楼道充电"),
                (EventKind.Facilities, "二次供水水压不足"), (EventKind.Welfare, "日间照料中心助餐咨询"), (EventKind.Dispute, "车位被占邻里纠纷"),
                (EventKind.Complaint, "广场舞噪音扰民"), (EventKind.Other, "流浪犬出没"),
            ],
            [
                new("空巢老人，想去日间照料中心吃午饭", "联系日间照料中心助餐"),
                new("高层水压小，二次供水经常停水", "二次供水需报修", EventKind.Facilities),
                new("咨询被拖欠工资怎么维权", "欠薪维权转社区法律顾问", EventKind.Other),
                new("身体尚好，参加了老年合唱队"),
                new("反映楼道小广告又贴满了", "楼道小广告需清理", EventKind.Sanitation),
                new("家中无人，留下民情代办联系卡"),
                new("对社区七彩服务满意"),
            ]),
        _ => new(
            [
                (EventKind.Sanitation, "楼道堆放杂物"), (EventKind.Safety, "电动车楼道充电"), (EventKind.Facilities, "路灯不亮"),
                (EventKind.Dispute, "停车位纠纷"), (EventKind.Complaint, "噪音扰民"), (EventKind.Welfare, "独居老人需要助餐"),
            ],
            [new("身体尚好，生活能自理"), new("反映楼道灯不亮", "楼道灯需维修", EventKind.Facilities), new("家中无人，留下联系卡")]),
    };
}

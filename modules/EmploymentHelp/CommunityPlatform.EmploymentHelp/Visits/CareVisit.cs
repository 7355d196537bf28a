using CommunityPlatform.Domain;

namespace CommunityPlatform.EmploymentHelp.Visits;

/// <summary>A visit to a needy household (走访慰问) and the aid given on it — cash and goods in fen, and who gave them.</summary>
public sealed class CareVisit : CaseRecord
{
    private CareVisit()
    {
    }

    public CareVisit(Guid? householdId, Guid? residentId, DateOnly on, VisitOccasion occasion, string visitors, long cashFen, long goodsFen, string? goods, string? giver, string? notes)
    {
        HouseholdId = householdId;
        ResidentId = residentId;
        On = on;
        Occasion = occasion;
        Visitors = visitors;
        CashFen = cashFen;
        GoodsFen = goodsFen;
        Goods = goods;
        Giver = giver;
        Notes = notes;
    }

    public Guid? HouseholdId { get; private set; }
    public Guid? ResidentId { get; private set; }
    public DateOnly On { get; private set; }
    public VisitOccasion Occasion { get; private set; }
    public string Visitors { get; private set; } = "";
    public long CashFen { get; private set; }
    public long GoodsFen { get; private set; }
    public string? Goods { get; private set; }
    public string? Giver { get; private set; }
    public string? Notes { get; private set; }
}

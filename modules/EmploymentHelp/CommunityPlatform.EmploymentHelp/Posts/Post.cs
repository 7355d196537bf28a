using CommunityPlatform.Domain;

namespace CommunityPlatform.EmploymentHelp.Posts;

/// <summary>A public-benefit post (公益性岗位) or trainee post (见习): its holder, term and monthly subsidy.</summary>
public sealed class Post : CaseRecord
{
    private Post()
    {
    }

    public Post(PostKind kind, string title, Guid? holderResidentId, DateOnly startsOn, DateOnly endsOn, long monthlySubsidyFen) =>
        Change(kind, title, holderResidentId, startsOn, endsOn, monthlySubsidyFen);

    public PostKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public Guid? HolderResidentId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public long MonthlySubsidyFen { get; private set; }

    public bool HeldAt(DateOnly day) => HolderResidentId is not null && StartsOn <= day && EndsOn >= day;

    public void Change(PostKind kind, string title, Guid? holderResidentId, DateOnly startsOn, DateOnly endsOn, long monthlySubsidyFen)
    {
        Kind = kind;
        Title = title;
        HolderResidentId = holderResidentId;
        StartsOn = startsOn;
        EndsOn = endsOn;
        MonthlySubsidyFen = monthlySubsidyFen;
    }
}

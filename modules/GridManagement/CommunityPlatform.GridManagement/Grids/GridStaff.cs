using CommunityPlatform.Domain;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// A person's post on one grid; a person serving several grids holds several posts. The link to an account is what
/// makes a grid worker's grids their own; the link to a resident is for those who live here.
/// </summary>
public sealed class GridStaff : CommunityAggregate
{
    private GridStaff()
    {
    }

    public GridStaff(Guid gridId, string name, StaffRole role)
    {
        GridId = gridId;
        Update(name, role, null, null, null, false);
    }

    public Guid GridId { get; private set; }
    public string Name { get; private set; } = "";
    public StaffRole Role { get; private set; }
    public Guid? AccountId { get; private set; }
    public Guid? ResidentId { get; private set; }
    public string? Phone { get; private set; }
    public bool ShowOnSignboard { get; private set; }

    public void Update(string name, StaffRole role, Guid? accountId, Guid? residentId, string? phone, bool showOnSignboard)
    {
        Name = name.Trim();
        Role = role;
        AccountId = accountId;
        ResidentId = residentId;
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        ShowOnSignboard = showOnSignboard;
    }
}

using CommunityPlatform.Application;

namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>The roll (花名册) of active members, of a unit with the units below it or of the whole community, read a page at a time.</summary>
public static class MemberRoll
{
    public static async Task<IReadOnlyList<PartyMemberDto>> ActiveAsync(MemberService members, Guid? unitId, CancellationToken ct)
    {
        var roll = new List<PartyMemberDto>();
        for (var page = 1; ; page++)
        {
            var batch = await members.ListAsync(new PartyMemberQuery { UnitId = unitId, Page = page, PageSize = PageQuery.MaxPageSize }, ct);
            roll.AddRange(batch.Items);
            if (batch.Items.Count < PageQuery.MaxPageSize || roll.Count >= batch.Total) break;
        }

        return roll.OrderBy(m => m.UnitName, NaturalOrder.Instance).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>A member's option text: the name and, since names repeat, the unit.</summary>
    public static string Option(PartyMemberDto member) => $"{member.Name} · {member.UnitName}";
}

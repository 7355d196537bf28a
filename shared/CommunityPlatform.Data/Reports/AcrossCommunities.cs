using System.Linq.Expressions;
using CommunityPlatform.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data.Reports;

/// <summary>
/// A read over several communities of one database at once, for the overview's batched figures (<c>IOverviewFigures</c>):
/// the context's community filter is set aside on purpose, and the community and soft-delete conditions are spelled
/// out instead. Only for street and city figures — never for a community's own records, which its filters guard.
/// </summary>
public static class AcrossCommunities
{
    // Up to this many communities are named in the SQL (IN (…) of constants); more — a city — read the whole table
    // grouped by community, cheaper than a list of thousands.
    private const int Named = 500;

    public static IQueryable<T> Of<T>(this DbSet<T> set, IReadOnlyCollection<Guid> communities) where T : class, IMustHaveCommunity
    {
        IQueryable<T> query = set.IgnoreQueryFilters().AsNoTracking();
        if (typeof(ISoftDelete).IsAssignableFrom(typeof(T)))
            query = query.Where(NotDeleted<T>());
        if (communities.Count <= Named)
        {
            var ids = communities.Distinct().ToList();
            query = query.Where(e => EF.Constant(ids).Contains(e.CommunityId));
        }

        return query;
    }

    private static Expression<Func<T, bool>> NotDeleted<T>() => e => !((ISoftDelete)e!).IsDeleted;
}

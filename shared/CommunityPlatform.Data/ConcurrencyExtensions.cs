using CommunityPlatform.Application;
using CommunityPlatform.Domain;
using CommunityPlatform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data;

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Declares the stamp the client read. A different stamp answers 409 at once; a change that lands between
    /// this read and the save is caught by the database, because EF Core compares the stamp in the UPDATE.
    /// </summary>
    public static void ExpectStamp<TEntity>(this DbContext db, TEntity entity, string? stamp) where TEntity : class, IHasConcurrencyStamp
    {
        if (string.IsNullOrEmpty(stamp))
            throw new InvalidInputException(PlatformErrors.InvalidRequest, "concurrencyStamp", Language.T("缺少版本戳（concurrencyStamp），请刷新后重试", "The concurrencyStamp field is required."));
        if (entity.ConcurrencyStamp != stamp)
            throw new ConflictException(PlatformErrors.Stale);
        var property = db.Entry(entity).Property(e => e.ConcurrencyStamp);
        property.OriginalValue = stamp;
        // Even an edit that changes nothing writes a new stamp, so it too is checked against concurrent edits.
        property.IsModified = true;
    }

    /// <summary>
    /// Saves, answering a unique-index violation with the rule it stands for (422 <paramref name="rule"/>): the check
    /// before the save covers the usual case, the index covers two requests racing past that check.
    /// </summary>
    public static async Task SaveUniqueAsync(this DbContext db, ErrorCode rule, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw new BusinessRuleException(rule);
        }
    }
}

using CommunityPlatform.Communities.Data;
using CommunityPlatform.Communities.Domain;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Auditing;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Communities.Application;

/// <summary>
/// Moves a community into a database of its own. Nothing moves silently: with rows in the shared database the
/// assignment needs an explicit move, and the switch happens only after every table's count is verified.
/// </summary>
public sealed class CommunityDatabaseService(
    CommunitiesDbContext db,
    CommunityService communities,
    CommunityDirectory directory,
    DatabaseSecrets secrets,
    Migrator migrator,
    CommunityDataMove move,
    AuditTrail audit,
    CommunityWrites writes,
    DatabaseSettings settings,
    ILogger<CommunityDatabaseService> logger) : IScopedService
{
    public async Task<CommunityDatabaseDto> AssignAsync(string idOrCode, AssignDatabaseRequest request, CancellationToken ct)
    {
        var community = await communities.FindVisibleAsync(idOrCode, ct);
        if (community.ProtectedDatabase is not null) throw new BusinessRuleException(CommunitiesErrors.DatabaseAssigned);
        var shared = directory.Find(community.Id)!;
        var target = shared with { Database = request.ConnectionString!.Trim() };
        // Every check before the first file or database is made: a refused request leaves nothing behind.
        var taken = directory.All.Where(c => c.Database is not null && c.Id != community.Id).Select(c => c.Database!);
        if (OwnDatabaseRule.Refusal(settings, target.Database!, taken) is { } refusal)
            throw new InvalidInputException(CommunitiesErrors.DatabaseNotAllowed, "connectionString", refusal);
        if (!request.Move) RefuseSharedData(await move.CountAsync(shared, ct));

        try
        {
            await migrator.MigrateCommunityDatabaseAsync(target, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Community {Community}: its database could not be migrated: {Error}", community.Code, e.GetType().Name);
            throw new BusinessRuleException(CommunitiesErrors.DatabaseUnreachable, e.GetBaseException().Message);
        }

        // Nothing may change under the copy: the community's writes wait (503 Community.Moving) until the switch is done.
        using var hold = await writes.HoldAsync(community.Id, TimeSpan.FromSeconds(30), ct);
        var rows = await move.CountAsync(shared, ct);
        var moved = rows.Where(r => r.Value > 0).ToDictionary();
        if (!request.Move) RefuseSharedData(rows);

        if (moved.Count > 0)
        {
            try
            {
                await move.CopyAsync(target, ct);
            }
            catch (InvalidOperationException e)
            {
                throw new BusinessRuleException(CommunitiesErrors.MoveFailed, e.Message);
            }
        }

        community.AssignDatabase(secrets.Protect(target.Database!));
        await db.SaveChangesAsync(ct);
        directory.Refresh(community.Id);
        if (moved.Count > 0) await move.DeleteSharedRowsAsync(shared, ct);
        await audit.RecordAsync("Community.DatabaseAssigned", community.Code, $"moved: {string.Join(", ", moved.Select(r => $"{r.Key}={r.Value}"))}", ct);
        return new CommunityDatabaseDto(true, moved);
    }

    private static void RefuseSharedData(IReadOnlyDictionary<string, int> rows)
    {
        var held = rows.Where(r => r.Value > 0).ToList();
        if (held.Count > 0)
            throw new BusinessRuleException(CommunitiesErrors.HasSharedData, string.Join(", ", held.Select(r => $"{r.Key}: {r.Value}")));
    }
}

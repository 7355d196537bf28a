using CommunityPlatform.Application;
using CommunityPlatform.Data.Kernel;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Communities.Application;

/// <summary>Reads the audit trail. There is deliberately no way here, or anywhere, to change or remove an entry.</summary>
public sealed class AuditService(KernelDbContext db, RequestContext current) : IScopedService
{
    public async Task<Paged<AuditEntryDto>> SearchAsync(AuditQuery q, CancellationToken ct)
    {
        var query = Visible();

        if (q.AccountId is { } account) query = query.Where(a => a.AccountId == account);
        if (!string.IsNullOrWhiteSpace(q.AccountName)) query = query.Where(a => a.AccountName == q.AccountName);
        if (!string.IsNullOrWhiteSpace(q.Action)) query = query.Where(a => a.Action == q.Action);
        if (!string.IsNullOrWhiteSpace(q.Subject)) query = query.Where(a => a.Subject == q.Subject || a.Action == q.Subject);
        if (!string.IsNullOrWhiteSpace(q.EntityId)) query = query.Where(a => a.EntityId == q.EntityId);
        if (q.From is { } from) query = query.Where(a => a.At >= from.ToUniversalTime());
        if (q.To is { } to) query = query.Where(a => a.At < to.ToUniversalTime());

        var total = await query.CountAsync(ct);
        var page = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip(q.Skip).Take(q.PageSize)
            .Select(a => new AuditEntryDto(a.Id, a.At, a.CommunityId, a.AccountId, a.AccountName, a.Action, a.Subject, a.EntityId, a.Detail))
            .ToListAsync(ct);
        return new Paged<AuditEntryDto>(page, total);
    }

    /// <summary>The accounts, acts and kinds of record the visible trail holds: the choices of the page's filters.</summary>
    public async Task<AuditChoices> ChoicesAsync(CancellationToken ct)
    {
        var query = Visible();
        var accounts = await query.Where(a => a.AccountName != null).Select(a => a.AccountName!).Distinct().OrderBy(a => a).Take(500).ToListAsync(ct);
        var actions = await query.Select(a => a.Action).Distinct().OrderBy(a => a).Take(200).ToListAsync(ct);
        var subjects = await query.Where(a => !a.Subject.Contains(",")).Select(a => a.Subject).Distinct().OrderBy(a => a).Take(500).ToListAsync(ct);
        return new AuditChoices(accounts, actions, subjects);
    }

    private IQueryable<AuditEntry> Visible()
    {
        var query = db.AuditEntries.AsNoTracking();
        if (current.CommunityId is { } community) return query.Where(a => a.CommunityId == community);
        if (current.Access?.Kind != AccountKind.City) throw new ForbiddenException(PlatformErrors.CommunityRequired);
        return query;
    }
}

/// <summary>What the audit page's filters offer.</summary>
public sealed record AuditChoices(IReadOnlyList<string> Accounts, IReadOnlyList<string> Actions, IReadOnlyList<string> Subjects);

using System.Collections.Concurrent;
using CommunityPlatform.Modularity;

namespace CommunityPlatform.Residents.Application;

/// <summary>The import jobs of this host instance, kept in memory: a job's report lasts until the host restarts.</summary>
public sealed class ImportJobs : ISingletonService
{
    private readonly ConcurrentDictionary<Guid, ImportJob> jobs = new();

    public void Add(ImportJob job) => jobs[job.Id] = job;

    /// <summary>A job of this community; another community's job is not found.</summary>
    public ImportJob? Find(Guid id, Guid communityId) => jobs.TryGetValue(id, out var job) && job.CommunityId == communityId ? job : null;
}

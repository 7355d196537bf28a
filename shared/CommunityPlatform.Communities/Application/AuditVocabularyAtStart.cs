using CommunityPlatform.Modularity;
using Microsoft.Extensions.Hosting;

namespace CommunityPlatform.Communities.Application;

/// <summary>
/// Teaches the audit page the installed modules' words for their records once, when the host starts: the modules are
/// known then (plugins included), so no page request has to learn them again.
/// </summary>
internal sealed class AuditVocabularyAtStart(ModuleCatalog modules) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        AuditWords.Learn(modules.Modules.SelectMany(m => m.AuditVocabulary()));
        AuditWords.LearnEnumerations(modules.Modules.SelectMany(m => m.AuditEnumerations()));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using System.Collections.Concurrent;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Communities.Overview;

/// <summary>
/// What the big screens redraw every 30 s, kept per view (the city, or one street's communities) and language, shared by
/// every screen of that view. The overview behind it is a live sum over every community (hundreds of milliseconds for a
/// city of 10,000); a screen's refresh reads the kept one (well under a millisecond) and, when it is older than
/// <see cref="FreshFor"/>, starts one refresh in the background — so a screen shows figures at most
/// <see cref="FreshFor"/> plus one sum old, and no refresh waits for a sum but the very first of a view
/// (docs/decisions/0015).
/// </summary>
public sealed class ScreenSnapshots(IServiceScopeFactory scopes, TimeProvider clock) : ISingletonService
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(30);

    private sealed class Entry
    {
        public required Task<Snapshot> Current;
        public int Refreshing;
    }

    /// <param name="Data">The screen's JSON: totals, the communities shown, the feed.</param>
    public sealed record Snapshot(object Data, DateTimeOffset At);

    private readonly ConcurrentDictionary<string, Entry> views = new(StringComparer.Ordinal);

    /// <summary>The view's kept snapshot, built with <paramref name="build"/> (in a scope of its own, as <paramref name="access"/>) when there is none.</summary>
    public async Task<Snapshot> GetAsync(AccountAccess access, Func<IServiceProvider, CancellationToken, Task<object>> build)
    {
        var key = OversightView.KeyOf(access);
        var entry = views.GetOrAdd(key, _ => new Entry { Current = BuildAsync(access, build) });
        Snapshot snapshot;
        try
        {
            snapshot = await entry.Current;
        }
        catch
        {
            // A failed first build is not kept: the next refresh tries again.
            views.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }

        if (clock.GetUtcNow() - snapshot.At > FreshFor && Interlocked.CompareExchange(ref entry.Refreshing, 1, 0) == 0)
            _ = RefreshAsync(entry, access, build);
        return snapshot;
    }

    private async Task RefreshAsync(Entry entry, AccountAccess access, Func<IServiceProvider, CancellationToken, Task<object>> build)
    {
        try
        {
            // Off the request's thread: this screen is answered with the kept figures meanwhile.
            var next = await Task.Run(() => BuildAsync(access, build));
            entry.Current = Task.FromResult(next);
        }
        catch (Exception)
        {
            // The screens keep the last figures (they say when those were taken); the next refresh tries again.
        }
        finally
        {
            Volatile.Write(ref entry.Refreshing, 0);
        }
    }

    private async Task<Snapshot> BuildAsync(AccountAccess access, Func<IServiceProvider, CancellationToken, Task<object>> build)
    {
        var at = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Access = access;
        return new Snapshot(await build(scope.ServiceProvider, CancellationToken.None), at);
    }
}

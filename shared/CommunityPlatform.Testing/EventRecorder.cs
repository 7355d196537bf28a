using System.Collections.Concurrent;
using CommunityPlatform.Events;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommunityPlatform.Testing;

/// <summary>
/// What a handler in another module sees of a module's integration events: a module's tests register a
/// <see cref="RecordingHandler{T}"/> for each event they follow (<see cref="EventRecording.RecordEvents{T}"/>, through
/// the services hook of their fixture), and each delivery is recorded with the community the dispatcher put in scope.
/// </summary>
public sealed class EventRecorder
{
    public ConcurrentQueue<(object Event, Delivery Delivery, Guid? ScopeCommunity)> Delivered { get; } = new();

    public async Task<IReadOnlyList<T>> WaitForAsync<T>(Func<T, bool> match, int count = 1, int seconds = 30)
    {
        for (var waited = 0; waited < seconds * 10; waited++)
        {
            var found = Delivered.Select(d => d.Event).OfType<T>().Where(match).ToList();
            if (found.Count >= count) return found;
            await Task.Delay(100);
        }

        return Delivered.Select(d => d.Event).OfType<T>().Where(match).ToList();
    }
}

public sealed class RecordingHandler<T>(EventRecorder recorder, RequestContext scope) : IIntegrationEventHandler<T> where T : class
{
    public Task HandleAsync(T integrationEvent, Delivery delivery, CancellationToken cancellationToken)
    {
        recorder.Delivered.Enqueue((integrationEvent, delivery, scope.CommunityId));
        return Task.CompletedTask;
    }
}

public static class EventRecording
{
    /// <summary>Records every delivery of <typeparamref name="T"/> in the host's one <see cref="EventRecorder"/>.</summary>
    public static IServiceCollection RecordEvents<T>(this IServiceCollection services) where T : class
    {
        services.TryAddSingleton<EventRecorder>();
        services.AddScoped<IIntegrationEventHandler<T>, RecordingHandler<T>>();
        return services;
    }
}

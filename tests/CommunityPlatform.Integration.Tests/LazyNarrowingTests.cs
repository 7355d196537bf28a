using System.Net;
using CommunityPlatform.Residents;
using CommunityPlatform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// A narrowed account's keys are read when a query of the narrowed module first needs them, once per request — not on
/// every request whatever it calls (a grid worker reading its own account pays no narrowing query).
/// </summary>
public sealed class LazyNarrowingTests : IDisposable
{
    private static readonly CountingKeys Counter = new();
    private readonly PlatformFactory<Program> factory = new(services: s => s.AddSingleton<INarrowedAccessKeys>(Counter));

    [Fact]
    public async Task The_registrys_keys_are_read_only_by_a_request_that_reads_the_registry_and_once()
    {
        var counter = Counter;
        var start = counter.Reads;
        var token = await factory.TokenAsync("wuyijie-gridworker");
        var worker = factory.CreateClient();
        worker.DefaultRequestHeaders.Authorization = new("Bearer", token);

        (await worker.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (counter.Reads - start).ShouldBe(0);

        // A list reads residents (count and page) and their buildings: the keys are read once for the request.
        (await worker.GetAsync("/api/residents/people?pageSize=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (counter.Reads - start).ShouldBe(1);

        // The secretary holds the whole registry: nothing is read for it.
        var secretary = factory.CreateClient();
        secretary.DefaultRequestHeaders.Authorization = new("Bearer", await factory.TokenAsync("wuyijie-secretary"));
        (await secretary.GetAsync("/api/residents/people?pageSize=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (counter.Reads - start).ShouldBe(1);
    }

    public void Dispose() => factory.Dispose();

    /// <summary>A supplier of no keys beside the grid module's, counting how often the registry's keys are read.</summary>
    private sealed class CountingKeys : INarrowedAccessKeys
    {
        private int reads;

        public int Reads => Volatile.Read(ref reads);

        public string Narrowing => ResidentsNarrowing.Buildings;

        public string Module => "GridManagement";

        public Task<IReadOnlyCollection<Guid>> KeysAsync(Guid accountId, IServiceProvider requestServices, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref reads);
            return Task.FromResult<IReadOnlyCollection<Guid>>([]);
        }
    }
}

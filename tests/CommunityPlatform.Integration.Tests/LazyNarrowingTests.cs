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
    private readonly PlatformFactory factory = new();
    private readonly CountingKeys counter = new();

    [Fact]
    public async Task The_registrys_keys_are_read_only_by_a_request_that_reads_the_registry_and_once()
    {
        using var host = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<INarrowedAccessKeys>(counter)));
        var token = await PlatformFixture.TokenAsync(factory, "wuyijie-gridworker");
        var worker = host.CreateClient();
        worker.DefaultRequestHeaders.Authorization = new("Bearer", token);

        (await worker.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        counter.Reads.ShouldBe(0);

        // A list reads residents (count and page) and their buildings: the keys are read once for the request.
        (await worker.GetAsync("/api/residents/people?pageSize=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        counter.Reads.ShouldBe(1);

        // The secretary holds the whole registry: nothing is read for it.
        var secretary = host.CreateClient();
        secretary.DefaultRequestHeaders.Authorization = new("Bearer", await PlatformFixture.TokenAsync(factory, "wuyijie-secretary"));
        (await secretary.GetAsync("/api/residents/people?pageSize=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        counter.Reads.ShouldBe(1);
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

using System.Runtime.CompilerServices;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommunityPlatform.Data;

public static class DataRegistration
{
    // Contexts a pool keeps for reuse, per provider context; a lease beyond them is made and disposed as without a pool.
    // Requests in flight, not communities, decide how many are used: 128 covers a busy host's concurrency.
    private const int PoolSize = 128;

    /// <summary>
    /// Registers a module's context. <typeparamref name="TContext"/> is what services inject; the subclass of the
    /// configured provider is what runs, and it carries that provider's migrations (<c>Migrations/Sqlite</c>,
    /// <c>Migrations/MySql</c>).
    /// </summary>
    /// <param name="platformData">True for the platform's own tables, which never move to a community's own database.</param>
    public static ModuleServices AddModuleDbContext<TContext, TSqliteContext, TMySqlContext>(this ModuleServices module, string tablePrefix, bool platformData = false)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TMySqlContext : TContext
    {
        module.Services.AddPlatformDbContext<TContext, TSqliteContext, TMySqlContext>(tablePrefix, platformData);
        return module;
    }

    public static IServiceCollection AddPlatformDbContext<TContext, TSqliteContext, TMySqlContext>(this IServiceCollection services, string tablePrefix, bool platformData = false)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TMySqlContext : TContext
    {
        var database = new ModuleDatabase(typeof(TContext), tablePrefix, HoldsCommunityData: !platformData)
        {
            SqliteContextType = typeof(TSqliteContext),
            MySqlContextType = typeof(TMySqlContext),
        };
        services.AddSingleton(database);
        // Pooled (decision 0020): a context and its EF services are made once and leased to request after request;
        // making them anew was a sixth of a read's time (docs/performance-notes.md). The options are built once per
        // host, as before: they depend only on singletons.
        services.AddPooledDbContextFactory<TSqliteContext>(Configure, PoolSize);
        services.AddPooledDbContextFactory<TMySqlContext>(Configure, PoolSize);
        // Leased contexts now on a community's own database. Not asked of the context itself: its connection string
        // is one of its services, and the first question builds its model (0.45 s at start-up for all of them).
        var switched = new ConditionalWeakTable<DbContext, string>();
        services.AddScoped<TContext>(provider =>
        {
            var settings = provider.GetRequiredService<DatabaseSettings>();
            TContext context = settings.Provider == DatabaseProvider.MySql
                ? provider.GetRequiredService<IDbContextFactory<TMySqlContext>>().CreateDbContext()
                : provider.GetRequiredService<IDbContextFactory<TSqliteContext>>().CreateDbContext();
            var scope = provider.GetRequiredService<RequestContext>();
            if (context is IPlatformDbContext platform) platform.Scope = scope;
            // A community with its own database is served by switching this context's connection: same options, same
            // model. A leased context may come back switched by an earlier request, so it is switched back for the others.
            if (database.HoldsCommunityData && scope.Community?.Database is { } own)
            {
                if (!switched.TryGetValue(context, out var current) || current != own) context.Database.SetConnectionString(own);
                switched.AddOrUpdate(context, own);
            }
            else if (switched.TryGetValue(context, out _))
            {
                context.Database.SetConnectionString(settings.ConnectionString);
                switched.Remove(context);
            }

            return context;
        });
        return services;

        void Configure(IServiceProvider provider, DbContextOptionsBuilder options)
        {
            var settings = provider.GetRequiredService<DatabaseSettings>();
            options.UseProvider(settings, database)
                .AddInterceptors(provider.GetRequiredService<SaveRulesInterceptor>(), provider.GetRequiredService<Auditing.AuditTransactionInterceptor>(),
                    provider.GetRequiredService<ChangesNoticed>());
            // Last, so that no interceptor after it can throw between its taking the turn and the save's end.
            if (settings.Provider == DatabaseProvider.Sqlite) options.AddInterceptors(SqliteWriteGate.Instance);
        }
    }

    /// <summary>The kernel's own data services: settings, interceptor, kernel tables, migrator and seeding.</summary>
    public static IServiceCollection AddPlatformData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Auditing.ChangeRecorder>();
        services.AddSingleton<Outbox.OutboxSignal>();
        services.AddSingleton<SaveRulesInterceptor>();
        services.AddSingleton<Auditing.AuditTransactionInterceptor>();
        // A host alone unless the web host says otherwise (Platform:Cluster:Redis): then the registration made there wins.
        services.TryAddSingleton<Cluster.IClusterChannel, Cluster.AloneChannel>();
        services.AddSingleton<CommunityChanges>();
        services.AddSingleton<ChangesNoticed>();
        services.AddScoped<RequestContext>();
        services.AddPlatformDbContext<Kernel.KernelDbContext, Kernel.KernelSqliteDbContext, Kernel.KernelMySqlDbContext>("Kernel", platformData: true);
        services.AddScoped<CommunityDataMove>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<Seeding.SeedRunner>();
        services.AddSingleton<StartupState>();
        services.AddSingleton<FirstAnswer>();
        services.AddScoped<Auditing.AuditTrail>();
        // Integration events between modules and the sweep of reports over communities: data work, no ASP.NET.
        services.AddSingleton<Outbox.OutboxStores>();
        services.AddSingleton<Outbox.ParkedEvents>();
        services.AddSingleton<Outbox.OutboxClaims>();
        services.AddSingleton<Outbox.Inbox>();
        services.AddSingleton<Outbox.OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<Outbox.OutboxDispatcher>());
        services.AddHostedService<ModelWarmUp>();
        services.AddSingleton<PlannerStatistics>();
        services.AddHostedService(provider => provider.GetRequiredService<PlannerStatistics>());
        services.AddScoped<Reports.CommunitySweep>();
        services.AddScoped<Reports.OverviewSweep>();
        return services;
    }
}

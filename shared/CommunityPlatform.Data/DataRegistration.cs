using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Data;

public static class DataRegistration
{
    /// <summary>
    /// Registers a module's context. <typeparamref name="TContext"/> is what services inject; the provider-specific
    /// subclass carries the migrations of its provider (<c>Migrations/Sqlite</c>).
    /// </summary>
    public static ModuleServices AddModuleDbContext<TContext, TSqliteContext>(this ModuleServices module, string tablePrefix)
        where TContext : DbContext
        where TSqliteContext : TContext
    {
        module.Services.AddPlatformDbContext<TContext, TSqliteContext>(tablePrefix);
        return module;
    }

    public static IServiceCollection AddPlatformDbContext<TContext, TSqliteContext>(this IServiceCollection services, string tablePrefix)
        where TContext : DbContext
        where TSqliteContext : TContext
    {
        var database = new ModuleDatabase(typeof(TContext), tablePrefix);
        services.AddSingleton(database);
        services.AddDbContext<TContext, TSqliteContext>((provider, options) =>
        {
            var settings = provider.GetRequiredService<DatabaseSettings>();
            options.UseSqlite(settings.ConnectionString, sqlite => sqlite
                    .MigrationsHistoryTable(database.HistoryTable)
                    .MigrationsAssembly(typeof(TSqliteContext).Assembly.GetName().Name))
                .AddInterceptors(provider.GetRequiredService<AuditingInterceptor>());
        });
        return services;
    }

    /// <summary>The kernel's own data services: settings, interceptor, kernel tables, migrator and seeding.</summary>
    public static IServiceCollection AddPlatformData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditingInterceptor>();
        services.AddScoped<CommunityPlatform.Tenancy.DataScope>();
        services.AddPlatformDbContext<Kernel.KernelDbContext, Kernel.KernelSqliteDbContext>("Kernel");
        services.AddSingleton<Migrator>();
        services.AddSingleton<Seeding.SeedRunner>();
        services.AddSingleton<StartupState>();
        services.AddScoped<Auditing.AuditTrail>();
        return services;
    }
}

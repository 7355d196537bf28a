using System.Collections.Concurrent;
using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Domain;
using CommunityPlatform.Residents;
using CommunityPlatform.Residents.Application;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// The SQL the registry's searches really send (captured from EF Core's command log while the platform's own
/// <see cref="ResidentService"/> runs them) and SQLite's plan for each; and the check that every index of a
/// community-owned table starts with <c>CommunityId</c>.
/// </summary>
public static class QueryPlans
{
    public sealed record Plan(string Search, string Sql, IReadOnlyList<string> Steps);

    public static async Task<(IReadOnlyList<Plan> Plans, IReadOnlyList<string> BadIndexes)> ExplainAsync(string dataFolder, string communityCode, IReadOnlyDictionary<string, ResidentQuery> searches)
    {
        var captured = new ConcurrentQueue<string>();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Configuration["Platform:DataFolder"] = dataFolder;
        builder.Configuration["Seed:Demo"] = "false";
        builder.Logging.ClearProviders();
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
        builder.Logging.AddProvider(new CommandCapture(captured));
        builder.AddCommunityPlatform(ModuleDiscovery.FromReferences(typeof(QueryPlans).Assembly));
        await using var app = builder.Build();
        var community = app.Services.GetRequiredService<ICommunityDirectory>().FindByCode(communityCode)
            ?? throw new InvalidOperationException($"No community {communityCode}.");

        var plans = new List<Plan>();
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        foreach (var (name, query) in searches)
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RequestContext>().SetCommunity(community);
            captured.Clear();
            await scope.ServiceProvider.GetRequiredService<ResidentService>().SearchAsync(query, CancellationToken.None);
            foreach (var sql in captured)
                plans.Add(new Plan(name, sql, Explain(settings.ConnectionString, sql)));
        }

        return (plans, BadIndexes(app.Services));
    }

    private static IReadOnlyList<string> Explain(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // Unbound parameters are NULL; SQLite's plan does not depend on their values.
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read()) steps.Add(reader.GetString(3));
        return steps;
    }

    private static IReadOnlyList<string> BadIndexes(IServiceProvider services)
    {
        var bad = new List<string>();
        using var scope = services.CreateScope();
        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            // The outbox is the kernel's delivery queue, read across communities oldest first: its index serves that question.
            foreach (var entity in context.Model.GetEntityTypes().Where(e => typeof(IMustHaveCommunity).IsAssignableFrom(e.ClrType) && e.ClrType != typeof(Data.Outbox.OutboxMessage)))
            foreach (var index in entity.GetIndexes().Where(i => i.Properties[0].Name != nameof(IMustHaveCommunity.CommunityId)))
                bad.Add($"{entity.GetTableName()}({string.Join(", ", index.Properties.Select(p => p.Name))})");
        }

        return bad;
    }

    private sealed class CommandCapture(ConcurrentQueue<string> captured) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> fields && fields.FirstOrDefault(f => f.Key == "commandText").Value is string sql && sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
                captured.Enqueue(sql);
        }

        public void Dispose()
        {
        }
    }
}

using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data;

/// <summary>Options for <c>dotnet ef</c>: the same provider set-up as at run time, on a throwaway database.</summary>
public static class DesignTime
{
    public static DbContextOptions<TContext> Sqlite<TContext>(string tablePrefix) where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseSqlite("Data Source=design-time.db", b => b.MigrationsHistoryTable(new ModuleDatabase(typeof(TContext), tablePrefix).HistoryTable))
            .Options;
}

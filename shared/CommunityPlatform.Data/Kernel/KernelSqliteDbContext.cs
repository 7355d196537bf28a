using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data.Kernel;

/// <summary>The kernel context on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class KernelSqliteDbContext(DbContextOptions<KernelSqliteDbContext> options) : KernelDbContext(options);

public sealed class KernelSqliteDesignFactory() : DesignFactory<KernelSqliteDbContext>("Kernel", DatabaseProvider.Sqlite);

using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data.Kernel;

/// <summary>The kernel context on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class KernelSqliteDbContext(DbContextOptions<KernelSqliteDbContext> options, RequestContext scope) : KernelDbContext(options, scope);

public sealed class KernelSqliteDesignFactory() : DesignFactory<KernelSqliteDbContext>("Kernel", DatabaseProvider.Sqlite);

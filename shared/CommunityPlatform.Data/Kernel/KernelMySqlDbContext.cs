using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data.Kernel;

/// <summary>The kernel context on MySQL/MariaDB; its migrations live in <c>Migrations/MySql</c>.</summary>
public sealed class KernelMySqlDbContext(DbContextOptions<KernelMySqlDbContext> options) : KernelDbContext(options);

public sealed class KernelMySqlDesignFactory() : DesignFactory<KernelMySqlDbContext>("Kernel", DatabaseProvider.MySql);

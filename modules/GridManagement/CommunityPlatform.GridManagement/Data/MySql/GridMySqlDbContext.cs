using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Data.MySql;

public sealed class GridMySqlDbContext(DbContextOptions<GridMySqlDbContext> options) : GridDbContext(options);

public sealed class GridMySqlDesignFactory() : DesignFactory<GridMySqlDbContext>(GridManagementModule.TablePrefix, DatabaseProvider.MySql);

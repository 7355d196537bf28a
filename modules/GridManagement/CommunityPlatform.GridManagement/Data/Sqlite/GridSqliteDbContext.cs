using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Data.Sqlite;

public sealed class GridSqliteDbContext(DbContextOptions<GridSqliteDbContext> options) : GridDbContext(options);

public sealed class GridSqliteDesignFactory() : DesignFactory<GridSqliteDbContext>(GridManagementModule.TablePrefix, DatabaseProvider.Sqlite);

using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Data.Sqlite;

public sealed class GridSqliteDbContext(DbContextOptions<GridSqliteDbContext> options, RequestContext scope) : GridDbContext(options, scope);

public sealed class GridSqliteDesignFactory() : DesignFactory<GridSqliteDbContext>(GridManagementModule.TablePrefix, DatabaseProvider.Sqlite);

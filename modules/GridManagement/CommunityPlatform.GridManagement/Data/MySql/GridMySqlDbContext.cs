using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Data.MySql;

public sealed class GridMySqlDbContext(DbContextOptions<GridMySqlDbContext> options, RequestContext scope) : GridDbContext(options, scope);

public sealed class GridMySqlDesignFactory() : DesignFactory<GridMySqlDbContext>(GridManagementModule.TablePrefix, DatabaseProvider.MySql);

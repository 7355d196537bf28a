using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Data.Sqlite;

public sealed class ResidentsSqliteDbContext(DbContextOptions<ResidentsSqliteDbContext> options, RequestContext scope) : ResidentsDbContext(options, scope);

public sealed class ResidentsSqliteDesignFactory() : DesignFactory<ResidentsSqliteDbContext>(ResidentsModule.TablePrefix, DatabaseProvider.Sqlite);

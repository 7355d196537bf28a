using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Communities.Data.Sqlite;

public sealed class CommunitiesSqliteDbContext(DbContextOptions<CommunitiesSqliteDbContext> options, RequestContext scope) : CommunitiesDbContext(options, scope);

public sealed class CommunitiesSqliteDesignFactory() : DesignFactory<CommunitiesSqliteDbContext>(CommunitiesModule.TablePrefix, DatabaseProvider.Sqlite);

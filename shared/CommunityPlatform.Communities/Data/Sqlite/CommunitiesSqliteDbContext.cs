using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Communities.Data.Sqlite;

public sealed class CommunitiesSqliteDbContext(DbContextOptions<CommunitiesSqliteDbContext> options) : CommunitiesDbContext(options);

public sealed class CommunitiesSqliteDesignFactory() : DesignFactory<CommunitiesSqliteDbContext>(CommunitiesModule.TablePrefix, DatabaseProvider.Sqlite);

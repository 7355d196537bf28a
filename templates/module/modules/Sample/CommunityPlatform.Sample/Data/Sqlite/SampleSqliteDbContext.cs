using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Sample.Data.Sqlite;

public sealed class SampleSqliteDbContext(DbContextOptions<SampleSqliteDbContext> options, RequestContext scope) : SampleDbContext(options, scope);

public sealed class SampleSqliteDesignFactory() : DesignFactory<SampleSqliteDbContext>(SampleModule.TablePrefix, DatabaseProvider.Sqlite);

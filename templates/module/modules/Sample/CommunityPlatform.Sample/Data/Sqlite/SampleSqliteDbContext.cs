using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Sample.Data.Sqlite;

public sealed class SampleSqliteDbContext(DbContextOptions<SampleSqliteDbContext> options) : SampleDbContext(options);

public sealed class SampleSqliteDesignFactory() : DesignFactory<SampleSqliteDbContext>(SampleModule.TablePrefix, DatabaseProvider.Sqlite);

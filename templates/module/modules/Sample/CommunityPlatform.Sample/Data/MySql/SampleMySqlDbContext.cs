using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Sample.Data.MySql;

public sealed class SampleMySqlDbContext(DbContextOptions<SampleMySqlDbContext> options) : SampleDbContext(options);

public sealed class SampleMySqlDesignFactory() : DesignFactory<SampleMySqlDbContext>(SampleModule.TablePrefix, DatabaseProvider.MySql);

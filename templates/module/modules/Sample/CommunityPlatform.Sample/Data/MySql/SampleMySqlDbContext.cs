using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Sample.Data.MySql;

public sealed class SampleMySqlDbContext(DbContextOptions<SampleMySqlDbContext> options, RequestContext scope) : SampleDbContext(options, scope);

public sealed class SampleMySqlDesignFactory() : DesignFactory<SampleMySqlDbContext>(SampleModule.TablePrefix, DatabaseProvider.MySql);

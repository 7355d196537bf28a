using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Communities.Data.MySql;

public sealed class CommunitiesMySqlDbContext(DbContextOptions<CommunitiesMySqlDbContext> options, RequestContext scope) : CommunitiesDbContext(options, scope);

public sealed class CommunitiesMySqlDesignFactory() : DesignFactory<CommunitiesMySqlDbContext>(CommunitiesModule.TablePrefix, DatabaseProvider.MySql);

using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Communities.Data.MySql;

public sealed class CommunitiesMySqlDbContext(DbContextOptions<CommunitiesMySqlDbContext> options) : CommunitiesDbContext(options);

public sealed class CommunitiesMySqlDesignFactory() : DesignFactory<CommunitiesMySqlDbContext>(CommunitiesModule.TablePrefix, DatabaseProvider.MySql);

using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Data.MySql;

public sealed class ResidentsMySqlDbContext(DbContextOptions<ResidentsMySqlDbContext> options, RequestContext scope) : ResidentsDbContext(options, scope);

public sealed class ResidentsMySqlDesignFactory() : DesignFactory<ResidentsMySqlDbContext>(ResidentsModule.TablePrefix, DatabaseProvider.MySql);

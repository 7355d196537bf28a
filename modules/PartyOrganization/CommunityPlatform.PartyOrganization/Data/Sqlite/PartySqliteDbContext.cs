using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Data.Sqlite;

public sealed class PartySqliteDbContext(DbContextOptions<PartySqliteDbContext> options, RequestContext scope) : PartyDbContext(options, scope);

public sealed class PartySqliteDesignFactory() : DesignFactory<PartySqliteDbContext>(PartyOrganizationModule.TablePrefix, DatabaseProvider.Sqlite);

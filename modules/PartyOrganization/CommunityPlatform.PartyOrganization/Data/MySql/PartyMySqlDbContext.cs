using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Data.MySql;

public sealed class PartyMySqlDbContext(DbContextOptions<PartyMySqlDbContext> options, RequestContext scope) : PartyDbContext(options, scope);

public sealed class PartyMySqlDesignFactory() : DesignFactory<PartyMySqlDbContext>(PartyOrganizationModule.TablePrefix, DatabaseProvider.MySql);

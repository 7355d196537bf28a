using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Data.MySql;

public sealed class PartyMySqlDbContext(DbContextOptions<PartyMySqlDbContext> options) : PartyDbContext(options);

public sealed class PartyMySqlDesignFactory() : DesignFactory<PartyMySqlDbContext>(PartyOrganizationModule.TablePrefix, DatabaseProvider.MySql);

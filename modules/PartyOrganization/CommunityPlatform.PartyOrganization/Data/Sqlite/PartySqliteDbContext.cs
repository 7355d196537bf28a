using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Data.Sqlite;

public sealed class PartySqliteDbContext(DbContextOptions<PartySqliteDbContext> options) : PartyDbContext(options);

public sealed class PartySqliteDesignFactory() : DesignFactory<PartySqliteDbContext>(PartyOrganizationModule.TablePrefix, DatabaseProvider.Sqlite);

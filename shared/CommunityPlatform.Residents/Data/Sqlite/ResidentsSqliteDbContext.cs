using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Data.Sqlite;

public sealed class ResidentsSqliteDbContext(DbContextOptions<ResidentsSqliteDbContext> options) : ResidentsDbContext(options);

public sealed class ResidentsSqliteDesignFactory() : DesignFactory<ResidentsSqliteDbContext>(ResidentsModule.TablePrefix, DatabaseProvider.Sqlite);

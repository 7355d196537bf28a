using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Data.Sqlite;

public sealed class CultureTeamsSqliteDbContext(DbContextOptions<CultureTeamsSqliteDbContext> options) : CultureTeamsDbContext(options);

public sealed class CultureTeamsSqliteDesignFactory() : DesignFactory<CultureTeamsSqliteDbContext>(CultureTeamsModule.TablePrefix, DatabaseProvider.Sqlite);

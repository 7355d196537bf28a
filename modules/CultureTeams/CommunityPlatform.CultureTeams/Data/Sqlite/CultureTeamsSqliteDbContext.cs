using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Data.Sqlite;

public sealed class CultureTeamsSqliteDbContext(DbContextOptions<CultureTeamsSqliteDbContext> options, RequestContext scope) : CultureTeamsDbContext(options, scope);

public sealed class CultureTeamsSqliteDesignFactory() : DesignFactory<CultureTeamsSqliteDbContext>(CultureTeamsModule.TablePrefix, DatabaseProvider.Sqlite);

using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Data.MySql;

public sealed class CultureTeamsMySqlDbContext(DbContextOptions<CultureTeamsMySqlDbContext> options, RequestContext scope) : CultureTeamsDbContext(options, scope);

public sealed class CultureTeamsMySqlDesignFactory() : DesignFactory<CultureTeamsMySqlDbContext>(CultureTeamsModule.TablePrefix, DatabaseProvider.MySql);

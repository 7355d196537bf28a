using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Data.MySql;

public sealed class CultureTeamsMySqlDbContext(DbContextOptions<CultureTeamsMySqlDbContext> options) : CultureTeamsDbContext(options);

public sealed class CultureTeamsMySqlDesignFactory() : DesignFactory<CultureTeamsMySqlDbContext>(CultureTeamsModule.TablePrefix, DatabaseProvider.MySql);

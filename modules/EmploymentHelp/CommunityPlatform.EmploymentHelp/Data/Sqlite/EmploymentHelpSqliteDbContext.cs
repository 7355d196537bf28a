using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Data.Sqlite;

public sealed class EmploymentHelpSqliteDbContext(DbContextOptions<EmploymentHelpSqliteDbContext> options, RequestContext scope) : EmploymentHelpDbContext(options, scope);

public sealed class EmploymentHelpSqliteDesignFactory() : DesignFactory<EmploymentHelpSqliteDbContext>(EmploymentHelpModule.TablePrefix, DatabaseProvider.Sqlite);

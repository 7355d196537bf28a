using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Data.Sqlite;

public sealed class EmploymentHelpSqliteDbContext(DbContextOptions<EmploymentHelpSqliteDbContext> options) : EmploymentHelpDbContext(options);

public sealed class EmploymentHelpSqliteDesignFactory() : DesignFactory<EmploymentHelpSqliteDbContext>(EmploymentHelpModule.TablePrefix, DatabaseProvider.Sqlite);

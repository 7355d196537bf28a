using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Data.MySql;

public sealed class EmploymentHelpMySqlDbContext(DbContextOptions<EmploymentHelpMySqlDbContext> options, RequestContext scope) : EmploymentHelpDbContext(options, scope);

public sealed class EmploymentHelpMySqlDesignFactory() : DesignFactory<EmploymentHelpMySqlDbContext>(EmploymentHelpModule.TablePrefix, DatabaseProvider.MySql);

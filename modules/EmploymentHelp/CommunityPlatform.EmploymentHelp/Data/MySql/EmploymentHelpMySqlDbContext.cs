using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Data.MySql;

public sealed class EmploymentHelpMySqlDbContext(DbContextOptions<EmploymentHelpMySqlDbContext> options) : EmploymentHelpDbContext(options);

public sealed class EmploymentHelpMySqlDesignFactory() : DesignFactory<EmploymentHelpMySqlDbContext>(EmploymentHelpModule.TablePrefix, DatabaseProvider.MySql);

using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Identity.Data.Sqlite;

public sealed class AccountsSqliteDbContext(DbContextOptions<AccountsSqliteDbContext> options, RequestContext scope) : AccountsDbContext(options, scope);

public sealed class AccountsSqliteDesignFactory() : DesignFactory<AccountsSqliteDbContext>(IdentityModule.TablePrefix, DatabaseProvider.Sqlite);

using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Identity.Data.Sqlite;

public sealed class AccountsSqliteDbContext(DbContextOptions<AccountsSqliteDbContext> options) : AccountsDbContext(options);

public sealed class AccountsSqliteDesignFactory() : DesignFactory<AccountsSqliteDbContext>(IdentityModule.TablePrefix, DatabaseProvider.Sqlite);

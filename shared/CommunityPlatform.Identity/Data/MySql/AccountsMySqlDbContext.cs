using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Identity.Data.MySql;

public sealed class AccountsMySqlDbContext(DbContextOptions<AccountsMySqlDbContext> options) : AccountsDbContext(options);

public sealed class AccountsMySqlDesignFactory() : DesignFactory<AccountsMySqlDbContext>(IdentityModule.TablePrefix, DatabaseProvider.MySql);

using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Identity.Data.MySql;

public sealed class AccountsMySqlDbContext(DbContextOptions<AccountsMySqlDbContext> options, RequestContext scope) : AccountsDbContext(options, scope);

public sealed class AccountsMySqlDesignFactory() : DesignFactory<AccountsMySqlDbContext>(IdentityModule.TablePrefix, DatabaseProvider.MySql);

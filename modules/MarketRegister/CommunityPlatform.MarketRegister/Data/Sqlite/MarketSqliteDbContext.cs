using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Data.Sqlite;

public sealed class MarketSqliteDbContext(DbContextOptions<MarketSqliteDbContext> options, RequestContext scope) : MarketDbContext(options, scope);

public sealed class MarketSqliteDesignFactory() : DesignFactory<MarketSqliteDbContext>(MarketRegisterModule.TablePrefix, DatabaseProvider.Sqlite);

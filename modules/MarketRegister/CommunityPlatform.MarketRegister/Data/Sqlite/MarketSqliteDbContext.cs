using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Data.Sqlite;

public sealed class MarketSqliteDbContext(DbContextOptions<MarketSqliteDbContext> options) : MarketDbContext(options);

public sealed class MarketSqliteDesignFactory() : DesignFactory<MarketSqliteDbContext>(MarketRegisterModule.TablePrefix, DatabaseProvider.Sqlite);

using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Data.MySql;

public sealed class MarketMySqlDbContext(DbContextOptions<MarketMySqlDbContext> options) : MarketDbContext(options);

public sealed class MarketMySqlDesignFactory() : DesignFactory<MarketMySqlDbContext>(MarketRegisterModule.TablePrefix, DatabaseProvider.MySql);

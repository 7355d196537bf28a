using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Data.MySql;

public sealed class MarketMySqlDbContext(DbContextOptions<MarketMySqlDbContext> options, RequestContext scope) : MarketDbContext(options, scope);

public sealed class MarketMySqlDesignFactory() : DesignFactory<MarketMySqlDbContext>(MarketRegisterModule.TablePrefix, DatabaseProvider.MySql);

using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Data.MySql;

public sealed class ResidentsMySqlDbContext(DbContextOptions<ResidentsMySqlDbContext> options) : ResidentsDbContext(options);

public sealed class ResidentsMySqlDesignFactory() : DesignFactory<ResidentsMySqlDbContext>(ResidentsModule.TablePrefix, DatabaseProvider.MySql);

using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Notices.Data.Sqlite;

public sealed class NoticesSqliteDbContext(DbContextOptions<NoticesSqliteDbContext> options, RequestContext scope) : NoticesDbContext(options, scope);

public sealed class NoticesSqliteDesignFactory() : DesignFactory<NoticesSqliteDbContext>(NoticesModule.TablePrefix, DatabaseProvider.Sqlite);

using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Notices.Data.Sqlite;

public sealed class NoticesSqliteDbContext(DbContextOptions<NoticesSqliteDbContext> options) : NoticesDbContext(options);

public sealed class NoticesSqliteDesignFactory() : DesignFactory<NoticesSqliteDbContext>(NoticesModule.TablePrefix, DatabaseProvider.Sqlite);

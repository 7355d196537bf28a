using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Notices.Data.MySql;

public sealed class NoticesMySqlDbContext(DbContextOptions<NoticesMySqlDbContext> options) : NoticesDbContext(options);

public sealed class NoticesMySqlDesignFactory() : DesignFactory<NoticesMySqlDbContext>(NoticesModule.TablePrefix, DatabaseProvider.MySql);

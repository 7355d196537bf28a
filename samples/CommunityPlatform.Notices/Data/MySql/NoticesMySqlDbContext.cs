using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Notices.Data.MySql;

public sealed class NoticesMySqlDbContext(DbContextOptions<NoticesMySqlDbContext> options, RequestContext scope) : NoticesDbContext(options, scope);

public sealed class NoticesMySqlDesignFactory() : DesignFactory<NoticesMySqlDbContext>(NoticesModule.TablePrefix, DatabaseProvider.MySql);

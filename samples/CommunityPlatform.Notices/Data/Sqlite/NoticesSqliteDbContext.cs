using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Notices.Data.Sqlite;

public sealed class NoticesSqliteDbContext(DbContextOptions<NoticesSqliteDbContext> options, DataScope scope) : NoticesDbContext(options, scope);

public sealed class NoticesSqliteDesignFactory : IDesignTimeDbContextFactory<NoticesSqliteDbContext>
{
    public NoticesSqliteDbContext CreateDbContext(string[] args) => new(DesignTime.Sqlite<NoticesSqliteDbContext>(NoticesModule.TablePrefix), new DataScope());
}

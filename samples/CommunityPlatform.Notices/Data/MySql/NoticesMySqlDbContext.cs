using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Notices.Data.MySql;

public sealed class NoticesMySqlDbContext(DbContextOptions<NoticesMySqlDbContext> options, DataScope scope) : NoticesDbContext(options, scope)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseUtf8Mb4();
    }
}

public sealed class NoticesMySqlDesignFactory : IDesignTimeDbContextFactory<NoticesMySqlDbContext>
{
    public NoticesMySqlDbContext CreateDbContext(string[] args) => new(DesignTime.MySql<NoticesMySqlDbContext>(NoticesModule.TablePrefix), new DataScope());
}

using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Notices.Data;

public class NoticesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Notice> Notices => Set<Notice>();

    protected override string TablePrefix => NoticesModule.TablePrefix;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notice>(b =>
        {
            b.ToTable("Notices");
            b.Property(n => n.Title).HasMaxLength(100);
            b.Property(n => n.Body).HasMaxLength(2000);
            b.HasIndex(n => new { n.CommunityId, n.CreatedAt });
        });
        base.OnModelCreating(modelBuilder);
    }
}

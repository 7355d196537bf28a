using CommunityPlatform.Data;
using CommunityPlatform.Identity.Domain;
using CommunityPlatform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Identity.Data;

/// <summary>
/// Identity's user store plus our grants and community roles. It derives from Identity's context, so the kernel's
/// conventions come in through <see cref="PlatformConventions.ApplyPlatformConventions"/> instead of inheritance.
/// </summary>
public class AccountsDbContext(DbContextOptions options) : IdentityUserContext<Account, Guid>(options), IPlatformDbContext
{
    /// <inheritdoc />
    public RequestContext Scope { get; set; } = new();

    public DbSet<RoleGrant> Grants => Set<RoleGrant>();
    public DbSet<CommunityRole> CommunityRoles => Set<CommunityRole>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Account>(b =>
        {
            b.ToTable("Accounts");
            b.Property(a => a.DisplayName).HasMaxLength(64);
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(a => a.HomeCommunityId);
        });
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("AccountClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("AccountLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("AccountTokens");
        builder.Entity<RoleGrant>(b =>
        {
            b.ToTable("Grants");
            b.Property(g => g.Role).HasMaxLength(64);
            b.HasIndex(g => new { g.CommunityId, g.AccountId, g.Role }).IsUnique();
            b.HasIndex(g => g.AccountId);
        });
        builder.Entity<CommunityRole>(b =>
        {
            b.ToTable("CommunityRoles");
            b.Property(r => r.Name).HasMaxLength(64);
            b.Property(r => r.Title).HasMaxLength(64);
            b.Property(r => r.Permissions)
                .HasJsonListConversion(4000);
            b.HasIndex(r => new { r.CommunityId, r.Name, r.DeletionToken }).IsUnique();
        });
        builder.ApplyPlatformConventions(IdentityModule.TablePrefix, this);
    }
}

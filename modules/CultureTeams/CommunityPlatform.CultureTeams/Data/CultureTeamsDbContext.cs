using CommunityPlatform.CultureTeams.Activities;
using CommunityPlatform.CultureTeams.Families;
using CommunityPlatform.CultureTeams.Points;
using CommunityPlatform.CultureTeams.Settings;
using CommunityPlatform.CultureTeams.Teams;
using CommunityPlatform.CultureTeams.Venues;
using CommunityPlatform.CultureTeams.Volunteers;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityPlatform.CultureTeams.Data;

/// <summary>The module's tables (prefix <c>Culture_</c>); the kernel adds community, soft delete, audit and concurrency.</summary>
public class CultureTeamsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Venue> Venues => Set<Venue>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<GridReferral> GridReferrals => Set<GridReferral>();
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();
    public DbSet<ServiceProof> Proofs => Set<ServiceProof>();
    public DbSet<CultureSettings> Settings => Set<CultureSettings>();
    public DbSet<Point> Points => Set<Point>();
    public DbSet<Equipment> Equipment => Set<Equipment>();
    public DbSet<Duty> Duties => Set<Duty>();
    public DbSet<PointMeeting> PointMeetings => Set<PointMeeting>();
    public DbSet<FamilyTitle> FamilyTitles => Set<FamilyTitle>();

    protected override string TablePrefix => CultureTeamsModule.TablePrefix;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Venue>(b =>
        {
            b.ToTable("Venues");
            b.Property(v => v.Name).HasMaxLength(50);
            Enum(b, nameof(Venue.Kind));
            b.Property(v => v.AreaM2).HasPrecision(10, 1);
            b.Property(v => v.Address).HasMaxLength(100);
            b.Property(v => v.Note).HasMaxLength(500);
            b.HasIndex(v => new { v.CommunityId, v.Name });
        });
        modelBuilder.Entity<Booking>(b =>
        {
            b.ToTable("Bookings");
            b.Property(x => x.Purpose).HasMaxLength(100);
            b.Property(x => x.BookedBy).HasMaxLength(50);
            b.Property(x => x.Note).HasMaxLength(200);
            Enum(b, nameof(Booking.State));
            b.HasIndex(x => new { x.CommunityId, x.VenueId, x.StartsAt });
        });
        modelBuilder.Entity<Team>(b =>
        {
            b.ToTable("Teams");
            b.Property(t => t.Name).HasMaxLength(50);
            b.Property(t => t.Category).HasMaxLength(20);
            b.Property(t => t.Note).HasMaxLength(500);
            Enum(b, nameof(Team.Kind));
            Enum(b, nameof(Team.State));
            b.Ignore(t => t.MeetingDays);
            b.HasIndex(t => new { t.CommunityId, t.Kind, t.State });
        });
        modelBuilder.Entity<TeamMember>(b =>
        {
            b.ToTable("TeamMembers");
            b.Property(m => m.Name).HasMaxLength(30);
            b.Property(m => m.Phone).HasMaxLength(24);
            b.HasIndex(m => new { m.CommunityId, m.TeamId });
        });
        modelBuilder.Entity<Activity>(b =>
        {
            b.ToTable("Activities");
            b.Property(a => a.Title).HasMaxLength(100);
            b.Property(a => a.Place).HasMaxLength(100);
            b.Property(a => a.Programme).HasMaxLength(2000);
            b.Property(a => a.Note).HasMaxLength(500);
            Enum(b, nameof(Activity.Kind));
            Enum(b, nameof(Activity.State));
            b.HasIndex(a => new { a.CommunityId, a.StartsAt });
            b.HasIndex(a => new { a.CommunityId, a.TeamId });
            b.Property(a => a.CheckInCode).HasMaxLength(12);
            b.HasIndex(a => new { a.CommunityId, a.CheckInCode, a.DeletionToken }).IsUnique();
        });
        modelBuilder.Entity<Attendance>(b =>
        {
            b.ToTable("Attendances");
            b.Property(a => a.Name).HasMaxLength(30);
            b.Property(a => a.Phone).HasMaxLength(24);
            Enum(b, nameof(Attendance.Way));
            b.Ignore(a => a.Guest);
            b.HasIndex(a => new { a.CommunityId, a.ActivityId });
        });
        modelBuilder.Entity<GridReferral>(b =>
        {
            b.ToTable("GridReferrals");
            b.Property(r => r.Title).HasMaxLength(200);
            b.HasIndex(r => new { r.CommunityId, r.ActivityId });
        });
        modelBuilder.Entity<Volunteer>(b =>
        {
            b.ToTable("Volunteers");
            b.Property(v => v.VolunteerNumber).HasMaxLength(32);
            b.HasIndex(v => new { v.CommunityId, v.ResidentId, v.DeletionToken }).IsUnique();
        });
        modelBuilder.Entity<ServiceRecord>(b =>
        {
            b.ToTable("ServiceRecords");
            b.Property(r => r.Content).HasMaxLength(200);
            b.Property(r => r.Note).HasMaxLength(200);
            Enum(b, nameof(ServiceRecord.State));
            b.HasIndex(r => new { r.CommunityId, r.VolunteerId, r.Day });
            // A confirmed record is reversed once: a second reversal, even racing the first, is refused here.
            b.HasIndex(r => new { r.CommunityId, r.Reverses, r.DeletionToken }).IsUnique();
        });
        modelBuilder.Entity<ServiceProof>(b =>
        {
            b.ToTable("ServiceProofs");
            b.Property(p => p.Number).HasMaxLength(32);
            b.Property(p => p.Content).HasMaxLength(1000);
            b.Property(p => p.Issuer).HasMaxLength(50);
            b.HasIndex(p => new { p.CommunityId, p.Number, p.DeletionToken }).IsUnique();
        });
        modelBuilder.Entity<CultureSettings>(b =>
        {
            b.ToTable("Settings");
            b.Property(s => s.StarLadder).HasJsonListConversion(100);
            b.HasIndex(s => new { s.CommunityId, s.DeletionToken }).IsUnique();
        });
        modelBuilder.Entity<Point>(b =>
        {
            b.ToTable("Points");
            b.Property(p => p.Name).HasMaxLength(50);
            b.Property(p => p.Theme).HasMaxLength(30);
            b.Property(p => p.HomeAddress).HasMaxLength(100);
            b.Property(p => p.StaffContact).HasMaxLength(30);
            b.Property(p => p.AreaM2).HasPrecision(10, 1);
            b.HasIndex(p => new { p.CommunityId, p.Name });
        });
        modelBuilder.Entity<Equipment>(b =>
        {
            b.ToTable("Equipment");
            b.Property(e => e.Name).HasMaxLength(50);
            b.Property(e => e.Note).HasMaxLength(200);
            b.HasIndex(e => new { e.CommunityId, e.PointId });
        });
        modelBuilder.Entity<Duty>(b =>
        {
            b.ToTable("Duties");
            Enum(b, nameof(Duty.Role));
            Enum(b, nameof(Duty.Day));
            b.HasIndex(d => new { d.CommunityId, d.PointId });
        });
        modelBuilder.Entity<PointMeeting>(b =>
        {
            b.ToTable("PointMeetings");
            b.Property(m => m.Minutes).HasMaxLength(4000);
            b.HasIndex(m => new { m.CommunityId, m.PointId, m.HeldOn });
        });
        modelBuilder.Entity<FamilyTitle>(b =>
        {
            b.ToTable("FamilyTitles");
            Enum(b, nameof(FamilyTitle.Title));
            b.Property(f => f.Note).HasMaxLength(200);
            b.HasIndex(f => new { f.CommunityId, f.Year, f.Title, f.HouseholdId, f.DeletionToken }).IsUnique();
        });
        modelBuilder.HasOutbox();
        base.OnModelCreating(modelBuilder);
    }

    private static void Enum<T>(EntityTypeBuilder<T> b, string property) where T : class =>
        b.Property(property).HasConversion<string>().HasMaxLength(24);
}

using CommunityPlatform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Benchmarks.Bare;

/// <summary>
/// The baseline: ASP.NET Core minimal API and a plain <c>DbContext</c> on the platform's SQLite file (same connection
/// settings, so WAL, the synchronous pragma and the busy timeout are the same), the same three operations, the same logging settings.
/// The community comes as a header, trusted: that trust is what the platform's kernel spends its time on.
/// </summary>
public static class BareApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // The platform's settings: the same file, connection string and synchronous pragma (DatabaseSettings reads them alike).
        var settings = DatabaseSettings.From(builder.Configuration);
        // A context per request, as a plain app makes it; pooled only for the figure that compares with the platform's pool.
        Action<DbContextOptionsBuilder> sqlite = o => o.UseSqlite(settings.ConnectionString).AddInterceptors(settings.SqliteDurability);
        if (builder.Configuration.GetValue<bool>("Bare:Pooled")) builder.Services.AddDbContextPool<BareDbContext>(sqlite);
        else builder.Services.AddDbContext<BareDbContext>(sqlite);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        // Only for the MVC-against-minimal-API figure: the baseline's start-up and memory stay those of a minimal API.
        var mvc = builder.Configuration.GetValue<bool>("Bare:Mvc");
        if (mvc)
            builder.Services.AddControllers().ConfigureApplicationPartManager(parts =>
            {
                // This assembly's one controller, not the platform's controllers of the assemblies it references.
                parts.ApplicationParts.Clear();
                parts.ApplicationParts.Add(new Microsoft.AspNetCore.Mvc.ApplicationParts.AssemblyPart(typeof(BareController).Assembly));
            });
        var app = builder.Build();
        if (mvc) app.MapControllers();

        app.MapGet("/health/ready", async (BareDbContext db) => await db.Database.CanConnectAsync() ? Results.Ok() : Results.StatusCode(503));
        var people = app.MapGroup("/api/residents/people");
        people.MapGet("/", async ([FromHeader(Name = "X-Community")] Guid community, Guid? buildingId, int? page, int? pageSize, BareDbContext db) =>
        {
            var size = Math.Clamp(pageSize ?? 20, 1, 100);
            var query = db.Residents.AsNoTracking().Where(r => r.CommunityId == community && !r.IsDeleted);
            if (buildingId is { } building) query = query.Where(r => r.BuildingId == building);
            var total = await query.CountAsync();
            var rows = await query.OrderBy(r => r.Name).ThenBy(r => r.Id).Skip(((page ?? 1) - 1) * size).Take(size).ToListAsync();
            return new BarePage(rows.Select(BareResidentDto.Of).ToList(), total);
        });
        people.MapGet("/{id:guid}", async ([FromHeader(Name = "X-Community")] Guid community, Guid id, BareDbContext db) =>
            await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.CommunityId == community && !r.IsDeleted) is { } r
                ? Results.Ok(BareResidentDto.Of(r))
                : Results.NotFound());
        people.MapPost("/", async ([FromHeader(Name = "X-Community")] Guid community, BareCreateRequest request, BareDbContext db) =>
        {
            if (string.IsNullOrWhiteSpace(request.Name)) return Results.BadRequest();
            var resident = new BareResident
            {
                Id = Guid.CreateVersion7(), CommunityId = community, Name = request.Name.Trim(), Phone = request.Phone,
                CreatedAt = DateTime.UtcNow, ConcurrencyStamp = Guid.NewGuid().ToString("N"),
            };
            db.Residents.Add(resident);
            await db.SaveChangesAsync();
            return Results.Created($"/api/residents/people/{resident.Id}", BareResidentDto.Of(resident));
        });

        await app.RunAsync();
        return 0;
    }
}

using CommunityPlatform.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCommunityPlatform(typeof(Program).Assembly);

// Disposed on every way out, so the console logger writes its last lines (a refusal to start) before the process ends.
await using var app = builder.Build();
app.UseCommunityPlatform();
return await app.RunPlatformAsync(args);

/// <summary>The host's entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;

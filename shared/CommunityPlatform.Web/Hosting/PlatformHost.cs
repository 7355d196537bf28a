using System.Globalization;
using System.Reflection;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Seeding;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Security;
using CommunityPlatform.Seeding;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Cluster;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Errors;
using CommunityPlatform.Web.OpenApi;
using CommunityPlatform.Web.Operations;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Scalar.AspNetCore;

namespace CommunityPlatform.Web.Hosting;

/// <summary>Wires the kernel and the installed modules into an ASP.NET Core host.</summary>
public static class PlatformHost
{
    /// <summary>Discovers the modules the host references, orders them and lets each configure its services.</summary>
    public static ModuleCatalog AddCommunityPlatform(this WebApplicationBuilder builder, Assembly hostAssembly) =>
        builder.AddCommunityPlatform(ModuleDiscovery.FromReferences(hostAssembly)
            .Concat(ModuleDiscovery.FromPluginFolders(ModuleDiscovery.PluginFolders(builder.Configuration))));

    public static ModuleCatalog AddCommunityPlatform(this WebApplicationBuilder builder, IEnumerable<PlatformModule> installed)
    {
        var catalog = ModuleCatalog.Create(installed);
        var services = builder.Services;
        var configuration = builder.Configuration;
        var settings = DatabaseSettings.From(configuration);

        services.AddSingleton(catalog);
        services.AddSingleton(new PermissionCatalog(catalog));
        services.AddPlatformData(settings);
        services.AddSingleton(new SeedOptions(
            IncludeDemoData: configuration.GetValue("Seed:Demo", builder.Environment.IsDevelopment()),
            DemoFile: new Lazy<DemoData>(() => DemoData.Load(configuration["Seed:DemoFile"] is { Length: > 0 } file ? file : Path.Combine(AppContext.BaseDirectory, "seeds", "demo", "communities.json"))),
            DemoPassword: configuration["Seed:DemoPassword"]));
        services.AddSingleton<CommunityPlatform.Tenancy.CommunityWrites>();

        foreach (var module in catalog.Modules)
            module.ConfigureServices(new ModuleServices(services, configuration, module));

        AddWeb(builder, catalog, settings);
        return catalog;
    }

    private static void AddWeb(WebApplicationBuilder builder, ModuleCatalog catalog, DatabaseSettings settings)
    {
        var services = builder.Services;
        var mvc = services.AddControllers(options =>
            {
                options.Conventions.Add(new ModuleControllerConvention(catalog));
                options.ModelMetadataDetailsProviders.Add(new Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.SystemTextJsonValidationMetadataProvider());
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = false;
                options.ModelValidatorProviders.Add(new Api.BoundInputRules());
                options.Conventions.Add(new Api.ReturnTypeIsDocumented());
                options.Filters.Add(new Api.UnavailableCommunities());
                options.Filters.AddService<Api.CitySums>();
                // Messages of the standard attributes and of model binding in the request's language, for every module.
                options.ModelMetadataDetailsProviders.Add(new Api.LocalizedValidationMessages());
                Api.LocalizedValidationMessages.Localize(options.ModelBindingMessageProvider);
            })
            .AddJsonOptions(o => PlatformJson.Configure(o.JsonSerializerOptions))
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = InvalidInputResponse.Create);
        foreach (var assembly in catalog.Modules.Select(m => m.GetType().Assembly).Append(typeof(PlatformHost).Assembly).Distinct())
            mvc.AddApplicationPart(assembly);
        services.AddRazorPages(options =>
        {
            options.Conventions.Add(new PageModuleConvention(catalog));
            options.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(KeptPages)));
        }).AddFeaturePages();
        services.AddSingleton<KeptPages>();
        services.Decorate<Microsoft.AspNetCore.Mvc.Infrastructure.IActionDescriptorCollectionProvider, ActionsFoundInBackground>();
        services.AddSingleton(new ConsoleMenu(catalog));
        services.ConfigureHttpJsonOptions(o => PlatformJson.Configure(o.SerializerOptions));

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemWriter.Complete);
        // Pages are Chinese: write the characters themselves, not &#x...; escapes.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddExceptionHandler<PlatformExceptionHandler>();
        services.AddLocalization();

        var signingKey = SigningKey.Load(builder.Configuration, settings);
        ProductionGuard.Check(builder.Environment, builder.Configuration, signingKey);
        services.AddSingleton(signingKey);
        // The cluster channel, and where data-protection keys live: the data folder alone, Redis with several hosts.
        services.AddPlatformCluster(ClusterSettings.From(builder.Configuration), settings);
        services.Configure<CookiePolicyOptions>(o => o.Secure = builder.Environment.IsProduction()
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest);
        services.AddPlatformRateLimits(builder.Configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Behind nginx the client's address arrives in X-Forwarded-For; it is believed only from the proxies named
            // in Platform:KnownProxies, so a client cannot pick its own address to dodge the sign-in limit.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in builder.Configuration.GetSection("Platform:KnownProxies").GetChildren().Select(c => c.Value).OfType<string>())
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        services.AddSingleton<AccessTokens>();
        services.AddAuthentication(ConsoleSchemes.ByPath)
            .AddPolicyScheme(ConsoleSchemes.ByPath, ConsoleSchemes.ByPath, o =>
                o.ForwardDefaultSelector = http => ConsoleSchemes.IsApi(http) ? JwtBearerDefaults.AuthenticationScheme : ConsoleSchemes.Cookie)
            .AddApiDocsScheme()
            .AddCookie(ConsoleSchemes.Cookie, o =>
            {
                o.LoginPath = "/account/signin";
                o.LogoutPath = "/account/signout";
                o.AccessDeniedPath = "/account/denied";
                // The session ends after this long without a request; every request renews it.
                o.ExpireTimeSpan = TimeSpan.FromMinutes(builder.Configuration.GetValue("Platform:Console:IdleMinutes", 30));
                o.SlidingExpiration = true;
                o.Cookie.Name = "cp.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            })
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                // The same token arrives on every request of its hour: validated once, remembered until it expires.
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new RememberedTokens { MapInboundClaims = false });
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = AccessTokens.Issuer,
                    ValidAudience = AccessTokens.Issuer,
                    IssuerSigningKey = signingKey.Key,
                    ClockSkew = TimeSpan.FromMinutes(1),
                    NameClaimType = System.Security.Claims.ClaimTypes.Name,
                };
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = TokenSubject.RequireAccountId,
                    // The API answers 401 as ProblemDetails, never a redirect and never an empty body.
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        await ProblemWriter.WriteAsync(context.HttpContext, 401, PlatformErrors.Unauthorized);
                    },
                    OnForbidden = context => ProblemWriter.WriteAsync(context.HttpContext, 403, PlatformErrors.PermissionDenied),
                };
            });
        // Who may reach an endpoint is the EndpointPolicy's decision; ASP.NET's authorization keeps only the API
        // reference's own policy (bearer token or console cookie).
        services.AddAuthorizationBuilder().AddApiDocsPolicy();
        services.AddSingleton<IAuthorizationPolicyProvider, PoliciesLookedUpPerRequest>();
        services.AddSingleton<LazyNarrowing>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "cp.antiforgery";
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        services.AddOpenApi(PlatformOpenApi.Configure);
        services.AddSingleton<CachedDocument>();
        services.AddSingleton<Api.CitySums>();
        services.AddSingleton<Api.LeanReads>();
        // Read from the compiled modules on the first request for the document (or the catalogue), not at start.
        services.AddSingleton(_ => ErrorCatalog.For(catalog));
        services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
        // Last: cookies and antiforgery each add data protection's own start-up service again as they are registered.
        Cluster.KeyRingAfterFirstAnswer.Replace(services);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.IncludeScopes = false;
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
    }

    /// <summary>The request pipeline: errors, localisation, authentication, community, authorization, endpoints.</summary>
    public static WebApplication UseCommunityPlatform(this WebApplication app)
    {
        ActionsFoundInBackground.Start(app.Services);
        // The host's first answer lets the background work that waits for it begin (FirstAnswer). After it, a request
        // pays one flag's read here: no callback, and no async frame of this middleware's own.
        var firstAnswer = app.Services.GetRequiredService<FirstAnswer>();
        app.Use((context, next) =>
        {
            if (!firstAnswer.HasAnswered)
                context.Response.OnCompleted(() =>
                {
                    firstAnswer.Given();
                    return Task.CompletedTask;
                });
            return next(context);
        });
        app.UseForwardedHeaders();
        // Outermost but for the client's address, so the line it logs carries the status the client finally got.
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<SecurityHeaders>();
        // The API's errors are ProblemDetails (PlatformExceptionHandler); a console page that fails is shown the
        // console's own page in its frame instead (the handler leaves those to this path).
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = PlatformExceptionHandler.ProblemPath,
            AllowStatusCode404Response = true,
            StatusCodeSelector = exception => exception is PlatformException platform ? platform.Status : 500,
        });
        app.UseWhen(ConsoleSchemes.IsApi, api => api.UseStatusCodePages(async context =>
            await ProblemWriter.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode, ProblemWriter.ForStatus(context.HttpContext.Response.StatusCode))));
        // A page that is not there, or of a module switched off here (a bookmark), is explained in the console's frame.
        app.UseWhen(http => !ConsoleSchemes.IsApi(http), console => console.UseStatusCodePagesWithReExecute("/console/problem/{0}"));
        app.UseStaticFiles();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("zh-CN"),
            SupportedCultures = [new CultureInfo("zh-CN"), new CultureInfo("en")],
            SupportedUICultures = [new CultureInfo("zh-CN"), new CultureInfo("en")],
        });
        app.UseCookiePolicy();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        // The one endpoint policy: account, password, community, read-only, module switch, permission.
        app.UseMiddleware<EndpointPolicy>();
        // Only endpoints with a policy of their own (the API reference, when not public) need ASP.NET's authorization.
        app.UseAuthorization();

        app.MapControllers().WithLeanReads(app.Services);
        app.MapRazorPages();
        app.MapConsoleEndpoints();
        app.MapApiDocs();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Runs the host. <c>migrate</c> applies every module's migrations and exits; <c>seed</c> migrates and seeds and exits.
    /// In Development (or with <c>Platform:MigrateOnStart</c>) the host migrates and seeds before it serves.
    /// </summary>
    public static async Task<int> RunPlatformAsync(this WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('='));
        var migrator = app.Services.GetRequiredService<Migrator>();
        var seeder = app.Services.GetRequiredService<SeedRunner>();
        switch (command)
        {
            case "migrate":
                await migrator.MigrateAsync();
                return 0;
            case "seed":
                await migrator.MigrateAsync();
                await seeder.SeedAsync();
                return 0;
        }

        var folderLock = DataFolderLock.Take(app.Services.GetRequiredService<DatabaseSettings>(), out var refusal);
        if (refusal is not null)
        {
            app.Logger.LogCritical("{Refusal}", refusal);
            return 1;
        }

        if (folderLock is not null) app.Lifetime.ApplicationStopped.Register(folderLock.Dispose);

        await PrepareAsync(app);
        PrintDemoAccounts(app);
        await app.RunAsync();
        return 0;
    }

    /// <summary>Migrates and seeds where this environment does so at start; otherwise only checks the migrations are in.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        var migrator = app.Services.GetRequiredService<Migrator>();
        if (app.Configuration.GetValue("Platform:MigrateOnStart", app.Environment.IsDevelopment()))
            await migrator.MigrateAsync();
        else if (await migrator.IsUpToDateAsync())
            app.Services.GetRequiredService<StartupState>().Migrated = true;
        else
            app.Logger.LogWarning("Migrations are pending: run the host with 'migrate'. /health/ready answers 503 until then.");

        if (app.Services.GetRequiredService<StartupState>().Migrated)
        {
            await app.Services.GetRequiredService<SeedRunner>().SeedAsync();
            await migrator.RefreshStatisticsAsync();
        }
    }

    private static void PrintDemoAccounts(WebApplication app)
    {
        var options = app.Services.GetRequiredService<SeedOptions>();
        if (!options.IncludeDemoData || options.Demo.Communities.Count == 0) return;
        var names = new[] { "admin" }
            .Concat(options.Demo.Streets.Select(s => $"{s.Code}-supervisor"))
            .Concat(options.Demo.Communities.Select(c => $"{c.Code}-secretary"));
        app.Logger.LogInformation("Demo accounts (password from Seed:DemoPassword): {Accounts}", string.Join(", ", names));
    }
}

using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Data;
using CommunityPlatform.Domain;
using CommunityPlatform.Modularity;
using CommunityPlatform.Notices.Data;
using CommunityPlatform.Permissions;
using CommunityPlatform.Seeding;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Notices;

/// <summary>
/// 社区公告: the smallest module worth installing, kept in one file to show everything a plug-in brings —
/// module class, entity, context with migrations for both providers, API, permissions and a seeder.
/// </summary>
public sealed class NoticesModule : PlatformModule
{
    public const string TablePrefix = "Notices";

    public override ModuleInfo Info { get; } = new("Notices", "社区公告", "Notices", new(1, 0), DependsOn: ["Communities"]);

    public override void ConfigureServices(ModuleServices services) =>
        services.AddModuleDbContext<NoticesDbContext, Data.Sqlite.NoticesSqliteDbContext, Data.MySql.NoticesMySqlDbContext>(TablePrefix)
                .AddConventionalServices(typeof(NoticesModule).Assembly);

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group("Notices", "社区公告")
            .Add(NoticePermissions.View, "查看公告", "View notices")
            .Add(NoticePermissions.Publish, "发布公告", "Publish notices");

    public override void DefineRoles(RoleTemplateBuilder roles) =>
        roles.Template(RoleNames.Secretary, "社区书记", "Community secretary", NoticePermissions.View, NoticePermissions.Publish);
}

public static class NoticePermissions
{
    public const string View = "Notices.View";
    public const string Publish = "Notices.Publish";
}

/// <summary>A notice pinned on the community's board.</summary>
public sealed class Notice : CommunityAggregate
{
    private Notice()
    {
    }

    public Notice(string title, string body)
    {
        Title = title;
        Body = body;
    }

    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
}

public sealed record NoticeDto(Guid Id, string Title, string Body, DateTime PublishedAt);

public sealed class PublishNoticeRequest
{
    [Required, StringLength(100, MinimumLength = 2)] public string? Title { get; init; }
    [Required, StringLength(2000)] public string? Body { get; init; }
}

[Route("api/notices")]
[RequiresCommunity]
public sealed class NoticesController(NoticesDbContext db) : ModuleController
{
    [HttpGet]
    [RequiresPermission(NoticePermissions.View)]
    public async Task<IReadOnlyList<NoticeDto>> List(CancellationToken ct) =>
        await db.Notices.OrderByDescending(n => n.CreatedAt).Select(n => new NoticeDto(n.Id, n.Title, n.Body, n.CreatedAt)).ToListAsync(ct);

    [HttpPost]
    [RequiresPermission(NoticePermissions.Publish)]
    [ProducesResponseType<NoticeDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<NoticeDto>> Publish(PublishNoticeRequest request, CancellationToken ct)
    {
        var notice = new Notice(request.Title!, request.Body!);
        db.Notices.Add(notice);
        await db.SaveChangesAsync(ct);
        return StatusCode(StatusCodes.Status201Created, new NoticeDto(notice.Id, notice.Title, notice.Body, notice.CreatedAt));
    }
}

/// <summary>Every community starts with a welcome notice, so a fresh installation shows the module working.</summary>
internal sealed class WelcomeNoticeSeeder(NoticesDbContext db) : ICommunitySeeder, IScopedService
{
    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        db.Notices.Add(new Notice("欢迎使用社区公告", $"{context.Community.Name}的公告栏已开通。"));
        await db.SaveChangesAsync(cancellationToken);
    }
}

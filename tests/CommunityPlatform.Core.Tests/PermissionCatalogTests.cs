using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;

namespace CommunityPlatform.Core.Tests;

public sealed class PermissionCatalogTests
{
    private sealed class Sample(string name, string permission, string? grantsUnknown = null) : PlatformModule
    {
        public override ModuleInfo Info { get; } = new(name, name, name, new Version(1, 0), []);

        public override void DefinePermissions(PermissionBuilder permissions) =>
            permissions.Group(name, name).Add(permission, permission, permission).Add(permission + ".View", "查看", "View");

        public override void DefineRoles(RoleTemplateBuilder roles) =>
            roles.Template(RoleNames.Secretary, "社区书记", "Secretary", grantsUnknown ?? permission);
    }

    [Fact]
    public void Templates_of_the_same_name_from_several_modules_are_one_role()
    {
        var catalog = new PermissionCatalog(ModuleCatalog.Create([new Sample("A", "A.Manage"), new Sample("B", "B.Manage")]));

        catalog.RolesByName[RoleNames.Secretary].Permissions.ShouldBe(["A.Manage", "B.Manage"], ignoreOrder: true);
        catalog.PermissionsByName["B.Manage"].Module.ShouldBe("B");
    }

    [Fact]
    public void A_template_granting_an_undefined_permission_stops_the_host()
    {
        Should.Throw<ModuleLoadException>(() => new PermissionCatalog(ModuleCatalog.Create([new Sample("A", "A.Manage", grantsUnknown: "Nobody.Defines")])))
            .Message.ShouldContain("Nobody.Defines");
    }

    [Fact]
    public void Read_only_permissions_are_the_view_ones()
    {
        var catalog = new PermissionCatalog(ModuleCatalog.Create([new Sample("A", "A.Manage")]));

        catalog.ReadOnlyPermissions.ShouldBe(["A.Manage.View"]);
    }

    private sealed class Widening : PlatformModule
    {
        public override ModuleInfo Info { get; } = new("W", "W", "W", new Version(1, 0), []);

        public override void DefinePermissions(PermissionBuilder permissions) =>
            permissions.Group("W", "W").Add("W.View", "查看", "View").Add("W.All", "查看全部", "See all", readOnly: true).Add("W.Manage", "维护", "Manage");
    }

    [Fact]
    public void A_permission_declared_read_only_is_one_too()
    {
        var catalog = new PermissionCatalog(ModuleCatalog.Create([new Widening()]));

        catalog.ReadOnlyPermissions.ShouldBe(["W.View", "W.All"], ignoreOrder: true);
        catalog.PermissionsByName["W.All"].ReadOnly.ShouldBeTrue();
        catalog.PermissionsByName["W.Manage"].ReadOnly.ShouldBeFalse();
    }
}

using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.PartyOrganization.Tests;

[Collection(PlatformCollection.Name)]
public sealed class PartyOrganizationTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_report_trees_are_seeded()
    {
        var xincun = await (await platform.SecretaryOfAsync("xincun")).GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations");
        xincun.Count(u => u.Kind == UnitKind.Branch).ShouldBe(6);
        xincun.Count(u => u.Kind == UnitKind.GeneralBranch).ShouldBe(1);

        var oufeng = await (await platform.SecretaryOfAsync("oufengliyuan")).GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations");
        oufeng.Count(u => u.Kind == UnitKind.Group).ShouldBe(14);
    }

    [Fact]
    public async Task A_unit_sits_below_a_higher_level_and_never_under_itself()
    {
        var code = (await platform.NewCommunityAsync("PartyOrganization")).Str("code");
        var admin = await platform.AdminAsync(code);
        var committee = await admin.PostOkAsync("/api/party/organizations", new { name = "社区大党委", kind = "committee" });
        var branch = await admin.PostOkAsync("/api/party/organizations", new { name = "第一党支部", kind = "branch", parentId = committee.Id() });
        var group = await admin.PostOkAsync("/api/party/organizations", new { name = "第一党小组", kind = "group", parentId = branch.Id() });

        await (await admin.PostAsJsonAsync("/api/party/organizations", new { name = "错位支部", kind = "branch", parentId = group.Id() }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.UnitKindAboveParent");
        await (await admin.PutAsJsonAsync($"/api/party/organizations/{committee.Id()}",
                new { name = "社区大党委", kind = "committee", parentId = committee.Id(), concurrencyStamp = committee.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.UnitOwnAncestor");
        await (await admin.DeleteAsync($"/api/party/organizations/{branch.Id()}")).ShouldBeProblemAsync((HttpStatusCode)422, "Party.UnitHasChildren");

        (await admin.DeleteAsync($"/api/party/organizations/{group.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_secretary_of_a_branch_is_a_resident_whose_name_is_read_from_the_registry()
    {
        var code = (await platform.NewCommunityAsync("PartyOrganization")).Str("code");
        var admin = await platform.AdminAsync(code);
        var resident = await admin.PostOkAsync("/api/residents/people", new { name = "石丽萍" });

        var branch = await admin.PostOkAsync("/api/party/organizations", new { name = "社区党支部", kind = "branch", secretaryResidentId = resident.Id() });

        branch.Str("secretaryName").ShouldBe("石丽萍");
    }
}

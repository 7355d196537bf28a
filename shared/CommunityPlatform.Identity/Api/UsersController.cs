using CommunityPlatform.Application;
using CommunityPlatform.Identity.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Identity.Api;

/// <summary>Accounts: the city administrator's, and a secretary's within its community.</summary>
[Route("api/identity/users")]
public sealed class UsersController(AccountAdminService accounts) : ModuleController
{
    [HttpGet]
    [RequiresPermission(IdentityPermissions.AccountsView)]
    public Task<Paged<AccountDto>> List([FromQuery] string? search, [FromQuery] PageQuery page, CancellationToken ct) => accounts.ListAsync(search, page, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(IdentityPermissions.AccountsView)]
    public Task<AccountDto> Get(Guid id, CancellationToken ct) => accounts.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(IdentityPermissions.AccountsManage)]
    [ProducesResponseType<AccountDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<AccountDto>> Create(CreateAccountRequest request, CancellationToken ct)
    {
        var created = await accounts.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(IdentityPermissions.AccountsManage)]
    public Task<AccountDto> Update(Guid id, UpdateAccountRequest request, CancellationToken ct) => accounts.UpdateAsync(id, request, ct);

    [HttpPost("{id:guid}/password")]
    [RequiresPermission(IdentityPermissions.AccountsManage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> ResetPassword(Guid id, ResetPasswordRequest request, CancellationToken ct)
    {
        await accounts.ResetPasswordAsync(id, request, ct);
        return NoContent();
    }

    /// <summary>Sets the account's roles in the request's community.</summary>
    [HttpPut("{id:guid}/roles")]
    [RequiresPermission(IdentityPermissions.AccountsManage)]
    public Task<IReadOnlyList<GrantDto>> SetRoles(Guid id, SetRolesRequest request, CancellationToken ct) => accounts.SetRolesAsync(id, request, ct);
}

/// <summary>Who holds which roles in the request's community.</summary>
[Route("api/identity/grants")]
public sealed class GrantsController(AccountAdminService accounts) : ModuleController
{
    [HttpGet]
    [RequiresPermission(IdentityPermissions.AccountsView)]
    public Task<IReadOnlyList<AccountDto>> List(CancellationToken ct) => accounts.GrantsAsync(ct);
}

/// <summary>Role templates of the modules and the community's own roles.</summary>
[Route("api/identity/roles")]
public sealed class RolesController(RoleService roles) : ModuleController
{
    [HttpGet]
    public Task<IReadOnlyList<RoleDto>> List(CancellationToken ct) => roles.ListAsync(ct);

    [HttpPost]
    [RequiresPermission(IdentityPermissions.AccountsManage)]
    [ProducesResponseType<RoleDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<RoleDto>> Create(CreateRoleRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await roles.CreateAsync(request, ct));

    [HttpGet("/api/identity/permissions")]
    public IReadOnlyList<PermissionDto> Permissions() => roles.Permissions();
}

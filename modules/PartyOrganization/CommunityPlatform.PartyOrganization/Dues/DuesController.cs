using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.Dues;

/// <summary>党费: payments, the month's unpaid list and rate, and the rule as a calculator. Amounts in fen.</summary>
[Route("api/party/dues")]
[RequiresCommunity]
public sealed class DuesController(DuesService dues) : ModuleController
{
    /// <summary>Payments of a month (<c>yyyy-MM</c>) or of a member.</summary>
    [HttpGet("payments")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<DuesPaymentDto>> Payments([FromQuery, System.ComponentModel.DataAnnotations.RegularExpression(@"^\d{4}-(0[1-9]|1[0-2])$")] string? month, [FromQuery] Guid? memberId, CancellationToken ct) =>
        dues.PaymentsAsync(month, memberId, ct);

    [HttpPost("payments")]
    [RequiresPermission(PartyPermissions.ManageDues)]
    [ProducesResponseType<DuesPaymentDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<DuesPaymentDto>> Pay(DuesPaymentRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await dues.PayAsync(request, ct));

    /// <summary>The month's dues (default this month): who owes, who paid, the unpaid list and the rate.</summary>
    [HttpGet("month")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<DuesMonthDto> Month([FromQuery, System.ComponentModel.DataAnnotations.RegularExpression(@"^\d{4}-(0[1-9]|1[0-2])$")] string? month, CancellationToken ct) =>
        dues.MonthAsync(month, ct);

    /// <summary>The monthly dues the national rule gives for a class and a monthly income (both in fen).</summary>
    [HttpGet("rule")]
    [RequiresPermission(PartyPermissions.View)]
    public object Rule([FromQuery] DuesClass dues = DuesClass.Income, [FromQuery, System.ComponentModel.DataAnnotations.Range(typeof(long), "0", "100000000")] long incomeFen = 0) =>
        new { dues, incomeFen, monthlyFen = DuesRule.MonthlyFen(dues, incomeFen) };
}

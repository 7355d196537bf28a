using CommunityPlatform.Application;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.LoveCards;

/// <summary>爱心卡 issued, batch by batch (counts, no names: the View permission reads them).</summary>
[Route("api/employment/love-cards")]
[RequiresCommunity]
public sealed class LoveCardsController(EmploymentHelpDbContext db, TimeProvider clock) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.View)]
    public async Task<Paged<LoveCardBatchDto>> List([FromQuery] PageQuery query, CancellationToken ct)
    {
        var total = await db.LoveCards.CountAsync(ct);
        var items = await db.LoveCards.AsNoTracking().OrderByDescending(b => b.IssuedOn).ThenBy(b => b.Id).Skip(query.Skip).Take(query.PageSize).ToListAsync(ct);
        return new Paged<LoveCardBatchDto>(items.Select(ToDto).ToList(), total);
    }

    [HttpPost]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<LoveCardBatchDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<LoveCardBatchDto>> Create(LoveCardBatchRequest request, CancellationToken ct)
    {
        if (request.IssuedOn > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "issuedOn", EmploymentErrors.DateInFuture.Localized());
        var batch = new LoveCardBatch(request.IssuedOn!.Value, request.Cards!.Value, request.Recipients!.Trim(), request.Offers?.Trim());
        db.LoveCards.Add(batch);
        await db.SaveChangesAsync(ct);
        return StatusCode(StatusCodes.Status201Created, ToDto(batch));
    }

    private static LoveCardBatchDto ToDto(LoveCardBatch b) => new(b.Id, b.IssuedOn, b.Cards, b.Recipients, b.Offers, b.ConcurrencyStamp);
}

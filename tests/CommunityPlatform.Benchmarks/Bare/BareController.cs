using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Benchmarks.Bare;

/// <summary>
/// The bare app's read as an MVC controller instead of a minimal-API handler, served only when the bare app is started
/// with <c>Bare__Mvc=true</c>: the suite measures one against the other in the same process to price what the
/// platform's controllers (filters, model binding, ObjectResult) cost beside minimal APIs (issue 21's open question).
/// </summary>
[ApiController]
[Route("/mvc/residents/people")]
public sealed class BareController(BareDbContext db) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public async Task<ActionResult<BareResidentDto>> Get([FromHeader(Name = "X-Community")] Guid community, Guid id) =>
        await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.CommunityId == community && !r.IsDeleted) is { } r
            ? BareResidentDto.Of(r)
            : NotFound();
}

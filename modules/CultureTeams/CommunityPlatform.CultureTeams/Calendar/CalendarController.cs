using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CommunityPlatform.CultureTeams.Calendar;

/// <summary>The community's public calendar and the QR check-in at an activity: the module's only things anyone may reach without an account.</summary>
[Route("api/culture/public/calendars/{community}")]
public sealed class CalendarController(CalendarService calendars) : ModuleController
{
    /// <summary>Coming activities, venues, teams and points — no personal data, no home addresses.</summary>
    [HttpGet]
    [AllowAnonymous]
    public Task<CalendarDto> Get([FromRoute, StringLength(48)] string community, CancellationToken ct) => calendars.GetAsync(community, ct);

    /// <summary>Checks in at an activity by name and phone (limited per client address).</summary>
    [HttpPost("check-in/{code}")]
    [AllowAnonymous]
    [EnableRateLimiting(CheckInLimit.Policy)]
    public Task<CheckInDto> CheckIn([FromRoute, StringLength(48)] string community, [FromRoute, StringLength(12)] string code, CheckInRequest request, CancellationToken ct) =>
        calendars.CheckInAsync(community, code, request, ct);
}

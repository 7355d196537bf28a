using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// The base of every API controller: JSON in and out, automatic 400 for invalid input, an account required
/// (the host's fallback policy) unless an action says <c>[AllowAnonymous]</c>.
/// </summary>
[ApiController]
public abstract class ModuleController : ControllerBase;

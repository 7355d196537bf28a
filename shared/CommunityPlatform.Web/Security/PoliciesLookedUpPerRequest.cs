using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// ASP.NET's authorization policies, not cached per endpoint. With the default provider the authorization middleware
/// builds that cache when the pipeline is built, which makes the start wait for every controller and page to be found
/// (ActionsFoundInBackground lets that finding go on beside the start instead). Only the API reference has a policy here
/// (the endpoint policy decides everything else), so the lookup per request is two empty metadata reads.
/// </summary>
internal sealed class PoliciesLookedUpPerRequest(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override bool AllowsCachingPolicies => false;
}

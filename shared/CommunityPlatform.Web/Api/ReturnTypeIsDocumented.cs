using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CommunityPlatform.Web.Api;

/// <summary>
/// An action that returns its body's type (<c>Task&lt;TokenResponse&gt;</c>) and also declares another answer
/// (<c>[ProducesResponseType(429)]</c>) would lose its 200 from the API description — declaring one response turns off
/// the inferred one. This puts the inferred 200 back, so no action has to repeat its return type in an attribute.
/// </summary>
internal sealed class ReturnTypeIsDocumented : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var declared = action.Filters.OfType<ProducesResponseTypeAttribute>().ToList();
        if (declared.Count == 0 || declared.Any(d => d.StatusCode is >= 200 and < 300)) return;
        var type = action.ActionMethod.ReturnType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition && (definition == typeof(Task<>) || definition == typeof(ValueTask<>)))
            type = type.GetGenericArguments()[0];
        if (type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask) || typeof(IActionResult).IsAssignableFrom(type)
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ActionResult<>)))
            return;
        action.Filters.Add(new ProducesResponseTypeAttribute(type, StatusCodes.Status200OK));
    }
}

using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace CommunityPlatform.Web.Hosting;

/// <summary>
/// MVC finds the host's controllers and Razor pages (~0.2 s of a core for the modules' 337 actions and 67 pages) when
/// the endpoints are mapped, on the start's one thread, before the host checks its migrations and opens its port. In
/// front of MVC's own collection, this keeps mapping from asking for the actions: the finding runs on a thread of its
/// own from the moment the services are built, the start goes on beside it on the other core, and the first request
/// waits for what is left of it (docs/performance-notes.md, "start-up on two cores").
/// </summary>
internal sealed class ActionsFoundInBackground(IActionDescriptorCollectionProvider mvc) : ActionDescriptorCollectionProvider
{
    private static readonly IChangeToken Never = new CancellationChangeToken(CancellationToken.None);
    private volatile bool found;

    public override ActionDescriptorCollection ActionDescriptors => mvc.ActionDescriptors;

    /// <summary>
    /// Mapping subscribes to changes, and MVC's own collection finds its actions to answer. The actions do not change
    /// after the start here (no runtime compilation; plug-ins load before the host is built), so until they are found
    /// the answer is a token that never fires, and MVC's own after.
    /// </summary>
    public override IChangeToken GetChangeToken() =>
        found && mvc is ActionDescriptorCollectionProvider changing ? changing.GetChangeToken() : Never;

    /// <summary>Starts finding the actions; the host's start does not wait for it.</summary>
    public static void Start(IServiceProvider services) => new Thread(() =>
    {
        try
        {
            var actions = (ActionsFoundInBackground)services.GetRequiredService<IActionDescriptorCollectionProvider>();
            _ = actions.ActionDescriptors;
            actions.found = true;
        }
        catch (ObjectDisposedException)
        {
            // The host stopped before they were found (it refused to start): nobody will ask.
        }
        catch (Exception e)
        {
            // Not fatal here: the first request asks again and fails as the mapping would have failed.
            services.GetRequiredService<ILogger<ActionsFoundInBackground>>().LogCritical(e, "Finding the controllers and pages failed");
        }
    }) { IsBackground = true, Name = "MVC actions" }.Start();
}

using System.Diagnostics;

namespace CommunityPlatform.Testing;

/// <summary>Waits on a condition, not a clock: asks again until it holds or a generous time has passed.</summary>
public static class Eventually
{
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    /// <param name="pause">Between two questions (25 ms); zero asks again at once, for a measured time.</param>
    /// <returns>How long it took to hold (reported, never asserted).</returns>
    public static async Task<TimeSpan> HoldsAsync(string what, Func<Task<bool>> condition, TimeSpan? within = null, TimeSpan? pause = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = within ?? Generous;
        while (true)
        {
            if (await condition()) return clock.Elapsed;
            if (clock.Elapsed > limit) throw new TimeoutException($"{what}: not so after {limit.TotalSeconds:0} s.");
            if (pause != TimeSpan.Zero) await Task.Delay(pause ?? TimeSpan.FromMilliseconds(25));
        }
    }
}

using System.Runtime.InteropServices;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>The machine a run measured, for the report's header: figures from different machines do not compare.</summary>
public static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024 / 1024.0
            : 0;
        return $"{Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {memory:0.0} GiB memory, " +
               $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }
}

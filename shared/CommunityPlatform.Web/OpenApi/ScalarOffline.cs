using Scalar.AspNetCore;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>
/// The API reference at <c>/scalar</c> as a city's intranet needs it: nothing fetched from another host (the script is
/// served by the host; no web fonts from Scalar's CDN — the system's, which our CSP would block anyway), and the
/// features that only work against Scalar's cloud switched off (the AI agent, MCP, the developer toolbar with its
/// SDK generation, deploy and share buttons, telemetry). A browser test fails on any request to another host.
/// </summary>
internal static class ScalarOffline
{
    public static void Configure(ScalarOptions options)
    {
        options.Title = "CommunityPlatform API · 社区平台接口";
        options.DefaultFonts = false;
        options.Telemetry = false;
        options.ShowDeveloperTools = DeveloperToolsVisibility.Never;
        options.Agent = new ScalarAgentOptions { Disabled = true };
        options.Mcp = new ScalarMcpOptions { Disabled = true };
        options.PersistentAuthentication = false;
        // The fonts the console uses (system fonts with the CJK ones Debian and Windows ship), so Chinese reads well.
        options.CustomCss = """
            :root { --scalar-font: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif;
                    --scalar-font-code: ui-monospace, "Noto Sans Mono CJK SC", monospace; }
            """;
    }
}

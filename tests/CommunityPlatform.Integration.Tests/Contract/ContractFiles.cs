namespace CommunityPlatform.Integration.Tests.Contract;

/// <summary>
/// The committed files the contract tests hold the code to (docs/errors.md, docs/api/openapi-v1.snapshot). With
/// <c>CP_REFRESH_CONTRACT=1</c> a test writes the file from the code instead of comparing — the documented way to
/// refresh them after an intended change (docs/decisions/0014-api-versioning.md).
/// </summary>
internal static class ContractFiles
{
    public static bool Refresh => Environment.GetEnvironmentVariable("CP_REFRESH_CONTRACT") == "1";

    public static string Root { get; } = RepositoryRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CommunityPlatform.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }
}

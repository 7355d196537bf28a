namespace CommunityPlatform.SeedGenerator;

/// <summary>
/// What to generate. <c>city</c>: <see cref="Communities"/> communities with a secretary account, every business module
/// switched on and <see cref="Residents"/> residents each (and, with <c>--volume E</c>, E grid events each with culture,
/// employment and market records beside them: <c>ModuleVolume</c>). <c>big</c>: one community with a large registry.
/// </summary>
public sealed record GeneratorOptions(string Mode, string DataFolder, int Communities, int Residents, int Households, string Prefix, string? Password, int Volume = 0)
{
    public static GeneratorOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, "--" + name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        var mode = args.Contains("big") ? "big" : "city";
        var residents = int.Parse(Value("residents", mode == "big" ? "100000" : "200"));
        return new GeneratorOptions(
            mode,
            Path.GetFullPath(Value("data", "data")),
            int.Parse(Value("communities", "1")),
            residents,
            int.Parse(Value("households", Math.Max(1, residents * 2 / 5).ToString())),
            Value("prefix", mode == "big" ? "big" : "c"),
            args.Contains("--password") ? Value("password", "") : null,
            int.Parse(Value("volume", "0")));
    }
}

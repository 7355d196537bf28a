using System.Security.Cryptography;
using CommunityPlatform.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace CommunityPlatform.Web.Security;

/// <summary>
/// The key that signs access tokens: <c>Platform:Jwt:SigningKey</c> (base64, 32+ bytes) if configured, else a key
/// generated once and kept in the data folder so tokens survive a restart.
/// </summary>
public sealed class SigningKey
{
    private SigningKey(SymmetricSecurityKey key, bool generated)
    {
        Key = key;
        IsGenerated = generated;
    }

    public SymmetricSecurityKey Key { get; }

    /// <summary>True when no key was configured and the host made its own.</summary>
    public bool IsGenerated { get; }

    public static SigningKey Load(IConfiguration configuration, DatabaseSettings settings)
    {
        if (configuration["Platform:Jwt:SigningKey"] is { Length: > 0 } configured)
            return new SigningKey(new SymmetricSecurityKey(Convert.FromBase64String(configured)), generated: false);

        var path = Path.Combine(settings.DataFolder, "signing-key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(settings.DataFolder);
            try
            {
                using var file = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write));
                file.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process of the same host made it first: use theirs.
            }
        }

        return new SigningKey(new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim())), generated: true);
    }
}

namespace CommunityPlatform.Integration.Tests;

/// <summary>The platform tests' one host, from the testing kit.</summary>
public sealed class PlatformFixture : PlatformFixture<Program>;

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}

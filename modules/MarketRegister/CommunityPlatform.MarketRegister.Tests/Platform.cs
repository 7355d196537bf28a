namespace CommunityPlatform.MarketRegister.Tests;

/// <summary>The module's tests share one host from the testing kit; each test makes a community of its own.</summary>
public sealed class PlatformFixture() : PlatformFixture<Program>;

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}

namespace CommunityPlatform.Cluster.Tests;

/// <summary>A fact that needs redis-server and mariadbd: skipped, saying which is missing, where one is.</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (ClusterTools.Missing is { } why) Skip = why;
    }
}

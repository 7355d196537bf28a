namespace CommunityPlatform.GridManagement.Application;

/// <summary>A share as a percentage to one decimal, half away from zero (546 of 569 = 96.0); 0 when there is nothing to share.</summary>
public static class GridRate
{
    public static decimal Percent(int count, int of) => of == 0 ? 0m : Math.Round(count * 100m / of, 1, MidpointRounding.AwayFromZero);
}

namespace CommunityPlatform.GridManagement;

/// <summary>What other modules may read of a grid: enough to link a record to it and name it.</summary>
public sealed record GridSummary(Guid Id, string Code, string Name, GridLevel Level, int Sequence);

/// <summary>
/// The grids of the current community, for another module that links its records to a grid by id (the Party module's
/// 网格党小组). Absent when the grid module is not installed; the caller also asks the module switch, and degrades.
/// </summary>
public interface IGridDirectory
{
    /// <summary>Every grid of the community, by level and sequence.</summary>
    Task<IReadOnlyList<GridSummary>> GetGridsAsync(CancellationToken cancellationToken);
}

using CommunityPlatform.Application;
using CommunityPlatform.EmploymentHelp.Difficulty;
using CommunityPlatform.EmploymentHelp.JobSeekers;
using CommunityPlatform.EmploymentHelp.Posts;
using CommunityPlatform.EmploymentHelp.ZeroEmployment;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.EmploymentHelp.Placements;

/// <summary>The people the module helps, ledger by ledger (sensitive: the labour officer and the secretary).</summary>
[RequiresCommunity]
[RequiresPermission(EmploymentPermissions.Cases)]
public sealed class EmploymentCasesModel(JobSeekerService seekers, PlacementService placements, ZeroEmploymentService zero, DifficultyService difficulty, PostService posts)
    : PageModel
{
    public Paged<JobSeekerDto> Seekers { get; private set; } = new([], 0);
    public Paged<PlacementDto> Placements { get; private set; } = new([], 0);
    public Paged<ZeroEmploymentDto> Zero { get; private set; } = new([], 0);
    public Paged<DifficultyCaseDto> Difficulty { get; private set; } = new([], 0);
    public Paged<PostDto> Posts { get; private set; } = new([], 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = new PageQuery { PageSize = 50 };
        Seekers = await seekers.ListAsync(new JobSeekerQuery { State = JobSeekerState.Valid, PageSize = 50 }, ct);
        Placements = await placements.ListAsync(page, ct);
        Zero = await zero.ListAsync(new ZeroEmploymentQuery { PageSize = 50 }, ct);
        Difficulty = await difficulty.ListAsync(page, ct);
        Posts = await posts.ListAsync(page, ct);
    }
}

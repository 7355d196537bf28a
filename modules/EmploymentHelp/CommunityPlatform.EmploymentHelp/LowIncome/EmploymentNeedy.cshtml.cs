using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;
using CommunityPlatform.EmploymentHelp.Visits;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.EmploymentHelp.LowIncome;

/// <summary>The 低保 register and the visits to needy households on one page, with the visit form (amounts typed in yuan, kept in fen).</summary>
[RequiresCommunity]
[RequiresPermission(EmploymentPermissions.Cases)]
public sealed class EmploymentNeedyModel(LowIncomeService register, VisitService visits, RequestContext context, TimeProvider clock) : PageModel
{
    public IReadOnlyList<LowIncomeHouseholdDto> Register { get; private set; } = [];
    public Paged<CareVisitDto> Visits { get; private set; } = new([], 0);
    public bool CanManage => context.Has(EmploymentPermissions.Manage);

    [BindProperty] public VisitForm Visit { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Visit.On == default) Visit.On = clock.Today();
        Register = await register.AllAsync(ct);
        Visits = await visits.ListAsync(new CareVisitQuery { PageSize = 20 }, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        var request = new CareVisitRequest
        {
            HouseholdId = Visit.HouseholdId, On = Visit.On, Occasion = Visit.Occasion, Visitors = Visit.Visitors,
            CashFen = (long)Math.Round(Visit.CashYuan * 100), GoodsFen = (long)Math.Round(Visit.GoodsYuan * 100), Goods = Visit.Goods, Giver = Visit.Giver,
        };
        if (await this.SaveAsync("visit", () => visits.CreateAsync(request, ct))) return RedirectToPage();
        await OnGetAsync(ct);
        return Page();
    }

    public sealed class VisitForm
    {
        [Required] public Guid? HouseholdId { get; set; }
        public DateOnly On { get; set; }
        public VisitOccasion Occasion { get; set; } = VisitOccasion.Routine;
        [Required, StringLength(100)] public string? Visitors { get; set; }
        [Range(typeof(decimal), "0", "1000000")] public decimal CashYuan { get; set; }
        [Range(typeof(decimal), "0", "1000000")] public decimal GoodsYuan { get; set; }
        [StringLength(200)] public string? Goods { get; set; }
        [StringLength(100)] public string? Giver { get; set; }
    }
}

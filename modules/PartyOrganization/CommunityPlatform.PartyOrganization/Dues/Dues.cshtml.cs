using System.Text.RegularExpressions;
using CommunityPlatform.Application;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Dues;

/// <summary>
/// 党费 by month: who owes, who paid, the rate and the sums; the unpaid with a payment form each (the rule's amount
/// filled in, and who paid on the member's behalf for 代缴); and the rule as a small calculator.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed partial class DuesModel(DuesService dues, RequestContext account, TimeProvider clock) : PageModel
{
    public string Month { get; private set; } = "";
    public DuesMonthDto Figures { get; private set; } = null!;
    public bool CanManage => account.Has(PartyPermissions.ManageDues);
    public DateOnly Today => clock.Today();
    public string? Failed { get; private set; }

    public DuesClass CalcClass { get; private set; }
    public decimal? CalcIncome { get; private set; }
    public long? CalcFen { get; private set; }

    public async Task OnGetAsync(string? month, DuesClass? calcClass, decimal? calcIncome, CancellationToken ct)
    {
        CalcClass = calcClass ?? DuesClass.Income;
        CalcIncome = calcIncome;
        // The rule takes the whole income, so the calculator answers for any class; without an income only the reduced rate is known.
        if (calcIncome is not null || calcClass == DuesClass.Reduced) CalcFen = DuesRule.MonthlyFen(CalcClass, MemberForm.Fen(calcIncome ?? 0));
        await LoadAsync(month, ct);
    }

    public async Task<IActionResult> OnPostPayAsync(DuesPaymentForm pay, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        var request = pay.ToRequest();
        if (TryValidateModel(request, "pay") && await this.SaveAsync("pay", () => dues.PayAsync(request, ct)))
            return Redirect($"/party/dues?month={pay.Month}");
        Failed = pay.MemberId?.ToString();
        await LoadAsync(pay.Month, ct);
        return Page();
    }

    private async Task LoadAsync(string? month, CancellationToken ct)
    {
        // Only a well-formed month of this century reaches the service (its month-end arithmetic fails past 9999-11);
        // anything else is this month, with a word why.
        if (month is { Length: > 0 } && (!MonthPattern().IsMatch(month) || int.Parse(month[..4]) is < 2000 or > 2100))
        {
            ModelState.AddModelError("month", Lang.T("月份应为 2000-01 至 2100-12 之间的 yyyy-MM", "The month is a yyyy-MM between 2000-01 and 2100-12"));
            month = null;
        }

        Figures = await dues.MonthAsync(string.IsNullOrEmpty(month) ? null : month, ct);
        Month = Figures.Month;
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}

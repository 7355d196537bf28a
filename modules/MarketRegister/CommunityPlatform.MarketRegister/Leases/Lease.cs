using CommunityPlatform.Application;
using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.MarketRegister.Leases;

/// <summary>
/// A stall's lease (租约): drafted, signed with the deposit paid (active), reminded 30 days before its end, renewed or
/// expired, the deposit refunded; or terminated early on exit or breach, with the reason.
/// </summary>
public sealed class Lease : CommunityAggregate
{
    /// <summary>The monthly management and cleaning fees a lease drafted by an allocation starts with (30 and 15 yuan).</summary>
    public const long DefaultManagementFen = 3000, DefaultCleaningFen = 1500;

    private Lease()
    {
    }

    public Lease(Guid stallId, Guid vendorId, DateOnly startsOn, DateOnly endsOn, long monthlyRentFen, long managementFen, long cleaningFen, long depositFen)
    {
        if (endsOn <= startsOn) throw new BusinessRuleException(MarketErrors.LeaseDates);
        (StallId, VendorId, StartsOn, EndsOn, MonthlyRentFen, ManagementFen, CleaningFen, DepositFen) =
            (stallId, vendorId, startsOn, endsOn, monthlyRentFen, managementFen, cleaningFen, depositFen);
    }

    public Guid StallId { get; private set; }
    public Guid VendorId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public long MonthlyRentFen { get; private set; }
    public long ManagementFen { get; private set; }
    public long CleaningFen { get; private set; }
    public long DepositFen { get; private set; }
    public LeaseState State { get; private set; }
    public DateOnly? SignedOn { get; private set; }
    public DateOnly? DepositRefundedOn { get; private set; }
    public TerminationKind? TerminationKind { get; private set; }
    public string? TerminationReason { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public Guid? RenewedAsId { get; private set; }

    /// <summary>Active and ending within 30 days: the reminder is due.</summary>
    public bool ExpiringOn(DateOnly today) => State == LeaseState.Active && EndsOn <= today.AddDays(30);

    public void Sign(DateOnly on)
    {
        Allow(LeaseState.Draft);
        (SignedOn, State) = (on, LeaseState.Active);
    }

    /// <summary>The next lease, from the day after this one ends; this one is renewed.</summary>
    public Lease Renew(DateOnly endsOn, DateOnly on)
    {
        Allow(LeaseState.Active);
        var next = new Lease(StallId, VendorId, EndsOn.AddDays(1), endsOn, MonthlyRentFen, ManagementFen, CleaningFen, DepositFen);
        next.Sign(on);
        (State, RenewedAsId) = (LeaseState.Renewed, next.Id);
        return next;
    }

    public void Expire(DateOnly on)
    {
        Allow(LeaseState.Active);
        if (on < EndsOn) throw new BusinessRuleException(MarketErrors.LeaseStepNotAllowed, Language.T("合同须在到期日或之后才算到期。", "A lease expires on or after its end."));
        (State, EndedOn) = (LeaseState.Expired, on);
    }

    public void Terminate(TerminationKind kind, string reason, DateOnly on)
    {
        Allow(LeaseState.Active, LeaseState.Draft);
        (State, TerminationKind, TerminationReason, EndedOn) = (LeaseState.Terminated, kind, reason.Trim(), on);
    }

    public void RefundDeposit(DateOnly on)
    {
        Allow(LeaseState.Expired, LeaseState.Terminated);
        if (DepositRefundedOn is not null) throw new BusinessRuleException(MarketErrors.LeaseStepNotAllowed, Language.T("押金已退还。", "The deposit was refunded already."));
        DepositRefundedOn = on;
    }

    private void Allow(params LeaseState[] from)
    {
        if (!from.Contains(State)) throw new BusinessRuleException(MarketErrors.LeaseStepNotAllowed, Language.T("合同当前的状态下不能这样办理。", $"Not allowed while the lease is {State}."));
    }
}

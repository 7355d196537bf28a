using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.GridManagement.Rhythm;

/// <summary>
/// How a community weighs the yearly evaluation (一年一评), in percent: by default closure 40, on time 30, patrol
/// coverage 20, satisfaction 10. The weights must add up to 100.
/// </summary>
public sealed class EvaluationWeights : CommunityAggregate
{
    public static readonly (int Closure, int OnTime, int Coverage, int Satisfaction) Default = (40, 30, 20, 10);

    private EvaluationWeights()
    {
    }

    public EvaluationWeights(int closure, int onTime, int coverage, int satisfaction) => Set(closure, onTime, coverage, satisfaction);

    public int Closure { get; private set; }
    public int OnTime { get; private set; }
    public int Coverage { get; private set; }
    public int Satisfaction { get; private set; }

    public void Set(int closure, int onTime, int coverage, int satisfaction)
    {
        if (closure + onTime + coverage + satisfaction != 100) throw new BusinessRuleException(GridErrors.WeightsNotHundred);
        (Closure, OnTime, Coverage, Satisfaction) = (closure, onTime, coverage, satisfaction);
    }
}

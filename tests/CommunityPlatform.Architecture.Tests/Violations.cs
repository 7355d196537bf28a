// Deliberate breaches of the architecture rules: the tests prove each rule can fail by pointing it here.
namespace CommunityPlatform.Architecture.Tests.Violations
{
    internal sealed class ReachesIntoResidents(CommunityPlatform.Residents.Application.ResidentService residents)
    {
        public object Service => residents;
    }
}

namespace CommunityPlatform.Architecture.Tests.Violations.Domain
{
    internal sealed class KnowsItsTable
    {
        public Microsoft.EntityFrameworkCore.DbContext? Context { get; init; }
    }
}

namespace CommunityPlatform.Architecture.Tests.Violations
{
    internal sealed class AmountInIntRange
    {
        [System.ComponentModel.DataAnnotations.Range(1, 10_000_000)] public long AmountFen { get; init; }

        public static long Pay([System.ComponentModel.DataAnnotations.Range(0, 100)] long incomeFen) => incomeFen;
    }
}

namespace CommunityPlatform.Architecture.Tests.Violations
{
    // Another module's grid answer under the grid's own name: the API document would show one of the two for both.
    public sealed record GridDto(string Nickname);
}
